package org.hospitalatlas.change;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the change log (V042) in the order its transactions began, and only the part written by transactions older
 * than every one still running: entries appear there only once their transaction has ended, and none can later
 * appear before a cursor already given out. A long write holds the feed back until it commits.
 */
@Service
public class ChangeFeed {

    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;

    private final JdbcClient jdbc;

    ChangeFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(Change change, ChangeCursor cursor) {}

    /** Up to {@code limit} changes after {@code after} (null: from the first). */
    @Transactional(readOnly = true)
    public ChangePage after(String after, int limit) {
        ChangeCursor from = after == null ? ChangeCursor.START : ChangeCursor.decode(after);
        if (from == null) {
            throw new IllegalArgumentException("not a cursor");
        }
        List<Row> rows = jdbc.sql("""
                        select id, tx::text as tx, changed_at, entity, action, entity_id, slug, document, hospital, count
                        from change_log
                        where tx < pg_snapshot_xmin(pg_current_snapshot())
                          and (tx, id) > (cast(cast(:tx as text) as xid8), :id)
                        order by tx, id
                        limit :limit
                        """)
                .param("tx", from.tx().toString())
                .param("id", from.id())
                .param("limit", limit + 1)
                .query((rs, n) -> new Row(
                        new Change(
                                rs.getString("entity"),
                                rs.getString("action"),
                                (Long) rs.getObject("entity_id", Long.class),
                                rs.getString("slug"),
                                rs.getString("document"),
                                rs.getString("hospital"),
                                rs.getInt("count"),
                                rs.getObject("changed_at", java.time.OffsetDateTime.class)),
                        new ChangeCursor(new BigInteger(rs.getString("tx")), rs.getLong("id"))))
                .list();
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        List<Change> items = new ArrayList<>(page.size());
        page.forEach(row -> items.add(row.change()));
        ChangeCursor next = page.isEmpty() ? from : page.get(page.size() - 1).cursor();
        return new ChangePage(items, next.encode(), more);
    }

    /** No changes, and the cursor after the last one so far: where a client that has read everything starts. */
    @Transactional(readOnly = true)
    public ChangePage latest() {
        ChangeCursor last = jdbc.sql("""
                        select tx::text as tx, id from change_log
                        where tx < pg_snapshot_xmin(pg_current_snapshot())
                        order by tx desc, id desc
                        limit 1
                        """)
                .query((rs, n) -> new ChangeCursor(new BigInteger(rs.getString("tx")), rs.getLong("id")))
                .optional()
                .orElse(ChangeCursor.START);
        return new ChangePage(List.of(), last.encode(), false);
    }

    /** Whether {@code token} is a cursor this feed gave out (well formed). */
    public static boolean isCursor(String token) {
        return ChangeCursor.decode(token) != null;
    }
}
