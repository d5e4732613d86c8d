package org.hospitalatlas.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DataVersionIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataVersion dataVersion;

    @Test
    void everyTableBumpsTheDataVersion() {
        List<String> without = jdbc.sql("""
                        select c.relname
                        from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema()
                          and c.relkind in ('r', 'p')
                          and not c.relispartition -- written through their parent, or (a dataset's partition) with bulk_import
                          and c.relname not in ('data_version', 'flyway_schema_history')
                          and not exists (select 1 from pg_trigger t
                                          join pg_proc p on p.oid = t.tgfoid
                                          where t.tgrelid = c.oid and p.proname = 'bump_data_version')
                        order by c.relname
                        """).query(String.class).list();
        assertThat(without)
                .as("tables whose writes would leave cached answers stale")
                .isEmpty();
    }

    @Test
    void committedWriteMovesTheVersionOnceAndRollbackDoesNot() {
        long before = dataVersion.current();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into hospital (slug, name_zh) values ('version-a', '版本甲医院')")
                    .update();
            jdbc.sql("insert into hospital (slug, name_zh) values ('version-b', '版本乙医院')")
                    .update();
            jdbc.sql("delete from hospital where slug in ('version-a', 'version-b')")
                    .update();
        });
        long afterCommit = dataVersion.current();
        assertThat(afterCommit).isEqualTo(before + 1);

        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into hospital (slug, name_zh) values ('version-c', '版本丙医院')")
                    .update();
            status.setRollbackOnly();
        });
        assertThat(dataVersion.current()).isEqualTo(afterCommit);
    }

    @Test
    void dropsTheIndexThatRepeatsTheFactKey() {
        List<String> indexes = jdbc.sql("select indexname from pg_indexes where tablename = 'indicator_value'")
                .query(String.class)
                .list();
        assertThat(indexes)
                .contains("uq_indicator_value_fact", "ix_indicator_value_indicator_year")
                .doesNotContain("ix_indicator_value_hospital_indicator");
    }
}
