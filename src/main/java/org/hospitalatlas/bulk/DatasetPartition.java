package org.hospitalatlas.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.database.FactTables;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads a large dataset into a partition of its own (V033): a table shaped like the partitioned table is
 * created, filled with one {@code INSERT … SELECT} while it has no index and no foreign key, then given the
 * parent's keys, indexes and foreign keys — each built in one sort or checked with one join instead of one
 * insertion and one lookup per row — and attached for the dataset's document. All in the caller's transaction:
 * a failure anywhere leaves nothing behind.
 *
 * <p>Locks. The caller has taken {@link FactTables#lockForPartitionLoad} as the transaction's first lock on the
 * tables the foreign keys reference ({@code hospital}, {@code indicator}, {@code source_document}): adding the keys
 * needs it, and every other writer takes {@link FactTables#lockForWriting} first too, so they queue instead of
 * deadlocking. From then until the commit, writes to those tables wait (readers do not). The attach comes last:
 * it takes {@code ACCESS EXCLUSIVE} on the default partition (which it scans for rows of the document) and on the
 * referenced tables (it drops the partition's own foreign-key triggers), so readers of those tables wait from the
 * attach to the commit — for the scan of the default partition, milliseconds while it holds facts read from
 * texts. The attach waits at most {@value #ATTACH_LOCK_TIMEOUT} for its locks rather than queue every reader
 * behind a long one.
 *
 * <p>The new pages are marked all-visible only by a VACUUM after the commit, which the caller runs: until then a
 * ranking reads the heap instead of answering from its covering index. The keys, indexes, foreign keys and
 * checks are read from the catalogue, so a later migration that adds one to the parent is built here too.
 */
final class DatasetPartition {

    private static final Pattern INDEX = Pattern.compile("^CREATE (UNIQUE )?INDEX \\S+ ON ONLY \\S+ ");
    static final String ATTACH_LOCK_TIMEOUT = "10s";

    private DatasetPartition() {}

    /** The partition's name for a document; also what {@link #exists} looks for. */
    static String name(String table, long documentId) {
        return table + "_document_" + documentId;
    }

    static boolean exists(JdbcClient tx, String table, long documentId) {
        return tx.sql("select to_regclass(:name) is not null")
                .param("name", name(table, documentId))
                .query(Boolean.class)
                .single();
    }

    /**
     * Creates, fills and attaches the partition of {@code table} for {@code documentId}; answers the rows
     * written. {@code rows} says what to insert, {@code params} are its parameters.
     */
    static long load(JdbcClient tx, String table, long documentId, CsvFormat.Rows rows, Map<String, Object> params) {
        String partition = name(table, documentId);
        String sequence = tx.sql("select pg_get_serial_sequence(:table, 'id')")
                .param("table", table)
                .query(String.class)
                .single();
        // the copied NOT NULLs and checks are tested row by row as rows go in; the document check lets ATTACH
        // skip its own scan for the partition bound
        tx.sql("create table %s (like %s including defaults including constraints)".formatted(partition, table))
                .update();
        tx.sql("alter table %s alter column id set default nextval('%s'), add constraint ck_%s check (document_id = %d)"
                        .formatted(partition, sequence, partition, documentId))
                .update();
        long written = tx.sql("insert into %s (%s)\n%s".formatted(partition, rows.columns(), rows.select()))
                .params(params)
                .update();
        tx.sql("alter table %s alter column id drop default".formatted(partition))
                .update();
        tx.sql("set local maintenance_work_mem = '256MB'").update();
        for (String key : parentDefinitions(tx, table, "contype in ('p', 'u')")) {
            tx.sql("alter table %s add %s".formatted(partition, key)).update();
        }
        for (String index : parentIndexes(tx, table, partition)) {
            tx.sql(index).update();
        }
        List<String> foreignKeys = parentDefinitions(tx, table, "contype = 'f'");
        if (!foreignKeys.isEmpty()) {
            tx.sql("alter table %s add %s".formatted(partition, String.join(", add ", foreignKeys)))
                    .update();
        }
        tx.sql("set local lock_timeout = '" + ATTACH_LOCK_TIMEOUT + "'").update();
        tx.sql("alter table %s attach partition %s for values in (%d)".formatted(table, partition, documentId))
                .update();
        tx.sql("set local lock_timeout to default").update();
        return written;
    }

    /** The definitions of the parent's own constraints of the kinds selected, e.g. {@code UNIQUE (a, b)}. */
    private static List<String> parentDefinitions(JdbcClient tx, String table, String kinds) {
        return tx.sql("select pg_get_constraintdef(oid) from pg_constraint where conrelid = cast(:table as regclass)"
                        + " and conparentid = 0 and " + kinds + " order by conname")
                .param("table", table)
                .query(String.class)
                .list();
    }

    /** {@code CREATE INDEX} on the partition for each of the parent's indexes that back no constraint. */
    private static List<String> parentIndexes(JdbcClient tx, String table, String partition) {
        List<String> indexes = new ArrayList<>();
        for (String definition :
                tx.sql("""
                        select pg_get_indexdef(i.indexrelid)
                        from pg_index i
                        where i.indrelid = cast(:table as regclass)
                          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                        order by i.indexrelid
                        """).param("table", table).query(String.class).list()) {
            indexes.add(onPartition(definition, partition));
        }
        return indexes;
    }

    /**
     * The parent's {@code CREATE [UNIQUE] INDEX name ON ONLY parent …}, as {@code pg_get_indexdef} writes it,
     * made the same index on the partition, named by PostgreSQL.
     */
    static String onPartition(String definition, String partition) {
        Matcher matcher = INDEX.matcher(definition);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected index definition: " + definition);
        }
        String unique = matcher.group(1) == null ? "" : "UNIQUE ";
        return matcher.replaceFirst(Matcher.quoteReplacement("CREATE " + unique + "INDEX ON " + partition + " "));
    }
}
