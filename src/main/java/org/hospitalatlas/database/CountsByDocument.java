package org.hospitalatlas.database;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many of a table's facts each document holds, for the documents of one page: the statement groups by
 * {@code document_id} over {@code :ids}, one row per document holding any; documents without facts are absent.
 */
public final class CountsByDocument {

    private CountsByDocument() {}

    /** Runs {@code sql} (selecting document_id and a count, with the parameter {@code :ids}) for {@code documentIds}. */
    public static Map<Long, Integer> of(JdbcClient jdbc, String sql, Collection<Long> documentIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!documentIds.isEmpty()) {
            jdbc.sql(sql).param("ids", documentIds).query(rs -> {
                counts.put(rs.getLong(1), rs.getInt(2));
            });
        }
        return counts;
    }
}
