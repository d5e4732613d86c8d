package org.hospitalatlas.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link PartitionWrites} in SQL: the steps {@link DatasetPartition} describes, in that order. */
class PartitionWritesImpl implements PartitionWrites {

    private static final String SERIAL_SEQUENCE = "select pg_get_serial_sequence(:table, 'id')";
    private static final String CREATE = "create table %s (like %s including defaults including constraints)";
    private static final String NUMBER_AND_BOUND =
            "alter table %s alter column id set default nextval('%s'), add constraint ck_%s check (document_id = %d)";
    private static final String FILL = "insert into %s (%s)\n%s";
    private static final String STOP_NUMBERING = "alter table %s alter column id drop default";
    private static final String ADD = "alter table %s add %s";
    private static final String ATTACH = "alter table %s attach partition %s for values in (%d)";
    private static final String PARENT_CONSTRAINTS = """
            select pg_get_constraintdef(oid) from pg_constraint where conrelid = cast(:table as regclass)
            and conparentid = 0 and contype = any (cast(:kinds as "char"[])) order by conname
            """;
    private static final String PARENT_INDEXES = """
            select pg_get_indexdef(i.indexrelid)
            from pg_index i
            where i.indrelid = cast(:table as regclass)
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
            order by i.indexrelid
            """;

    private final JdbcClient jdbc;

    PartitionWritesImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean partitionExists(String table, long documentId) {
        return jdbc.sql("select to_regclass(:name) is not null")
                .param("name", DatasetPartition.name(table, documentId))
                .query(Boolean.class)
                .single();
    }

    @Override
    public long loadPartition(
            String table, long documentId, CsvFormat.Rows rows, String summary, Map<String, Object> params) {
        String partition = DatasetPartition.name(table, documentId);
        String sequence = jdbc.sql(SERIAL_SEQUENCE)
                .param("table", table)
                .query(String.class)
                .single();
        // the copied NOT NULLs and checks are tested row by row as rows go in; the document check lets ATTACH
        // skip its own scan for the partition bound
        run(CREATE.formatted(partition, table));
        run(NUMBER_AND_BOUND.formatted(partition, sequence, partition, documentId));
        long written = jdbc.sql(FILL.formatted(partition, rows.columns(), rows.select()))
                .params(params)
                .update();
        run(STOP_NUMBERING.formatted(partition));
        run("set local maintenance_work_mem = '256MB'");
        for (String key : parentConstraints(table, "{p,u}")) {
            run(ADD.formatted(partition, key));
        }
        for (String index : parentIndexes(table, partition)) {
            run(index);
        }
        List<String> foreignKeys = parentConstraints(table, "{f}");
        if (!foreignKeys.isEmpty()) {
            run(ADD.formatted(partition, String.join(", add ", foreignKeys)));
        }
        // from here on, readers' locks are waited for at most this long: the attach's, and the year summary's swap
        run("set local lock_timeout = '" + DatasetPartition.ATTACH_LOCK_TIMEOUT + "'");
        if (summary != null) {
            // before the attach: readers are not held up until it (or until the year summary's swap, V092)
            jdbc.sql(summary).param("partition", partition).query((rs, n) -> 1).list();
        }
        run(ATTACH.formatted(table, partition, documentId));
        run("set local lock_timeout to default");
        return written;
    }

    /** The definitions of the parent's own constraints of the kinds given ({@code {p,u}}), e.g. {@code UNIQUE (a, b)}. */
    private List<String> parentConstraints(String table, String kinds) {
        return jdbc.sql(PARENT_CONSTRAINTS)
                .param("table", table)
                .param("kinds", kinds)
                .query(String.class)
                .list();
    }

    /** {@code CREATE INDEX} on the partition for each of the parent's indexes that back no constraint. */
    private List<String> parentIndexes(String table, String partition) {
        List<String> indexes = new ArrayList<>();
        for (String definition : jdbc.sql(PARENT_INDEXES)
                .param("table", table)
                .query(String.class)
                .list()) {
            indexes.add(DatasetPartition.onPartition(definition, partition));
        }
        return indexes;
    }

    private void run(String statement) {
        jdbc.sql(statement).update();
    }
}
