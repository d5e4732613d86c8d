package org.hospitalatlas.change;

import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ChangeLogReads} in SQL. */
class ChangeLogReadsImpl implements ChangeLogReads {

    /** Entries of transactions that ended before every running one began: none can appear before them later. */
    private static final String VISIBLE = "tx < pg_snapshot_xmin(pg_current_snapshot())";

    // ordered by the column, qualified: a bare "tx" in ORDER BY names the output column, the text, and "999" sorts
    // after "1000"
    private static final String AFTER = """
            select id, tx::text as tx, changed_at, entity, action, entity_id, slug, document, hospital, count
            from change_log
            where\s""" + VISIBLE + """

              and (tx, id) > (cast(cast(:tx as text) as xid8), :id)
            order by change_log.tx, change_log.id
            limit :limit
            """;

    private static final String LAST = """
            select tx::text as tx, id from change_log
            where\s""" + VISIBLE + """

            order by change_log.tx desc, change_log.id desc
            limit 1
            """;

    private final JdbcClient jdbc;

    ChangeLogReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LoggedChange> after(ChangeCursor from, int limit) {
        return jdbc.sql(AFTER)
                .param("tx", from.tx().toString())
                .param("id", from.id())
                .param("limit", limit)
                .query((rs, n) -> new LoggedChange(
                        new Change(
                                rs.getString("entity"),
                                rs.getString("action"),
                                rs.getObject("entity_id", Long.class),
                                rs.getString("slug"),
                                rs.getString("document"),
                                rs.getString("hospital"),
                                rs.getInt("count"),
                                rs.getObject("changed_at", OffsetDateTime.class)),
                        new ChangeCursor(new BigInteger(rs.getString("tx")), rs.getLong("id"))))
                .list();
    }

    @Override
    public Optional<ChangeCursor> lastVisible() {
        return jdbc.sql(LAST)
                .query((rs, n) -> new ChangeCursor(new BigInteger(rs.getString("tx")), rs.getLong("id")))
                .optional();
    }
}
