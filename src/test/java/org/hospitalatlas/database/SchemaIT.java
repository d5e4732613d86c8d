package org.hospitalatlas.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class SchemaIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void runsOnPostgresql17() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(version).startsWith("17.");
    }

    @Test
    void appliesEveryMigrationSuccessfully() {
        Integer failed = jdbc.sql("select count(*) from flyway_schema_history where not success")
                .query(Integer.class)
                .single();
        Integer applied = jdbc.sql("select count(*) from flyway_schema_history where success and version is not null")
                .query(Integer.class)
                .single();
        assertThat(failed).isZero();
        assertThat(applied).isGreaterThanOrEqualTo(7);
    }

    @Test
    void appliesExactlyTheVersionedMigrationFilesOfTheRepository() throws IOException {
        List<Integer> files;
        try (Stream<Path> listed = Files.list(Path.of("db/migration"))) {
            files = listed.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.+\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .sorted()
                    .toList();
        }
        List<Integer> applied = jdbc
                .sql("select version from flyway_schema_history where success and version is not null")
                .query(String.class)
                .list()
                .stream()
                .map(Integer::parseInt)
                .sorted()
                .toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(23);
        assertThat(applied).isEqualTo(files);
    }

    @Test
    void seedsTheIndicatorCatalogueFromTheSharedCsv() {
        assertThat(jdbc.sql("select count(*) from indicator")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(49);
        assertThat(jdbc.sql("select unit || '/' || better from indicator where code = 'beds_open'")
                        .query(String.class)
                        .single())
                .isEqualTo("beds/neutral");
    }

    @Test
    void rejectsHospitalWithUnknownCategory() {
        assertRejectedBy(
                "ck_hospital_category",
                "insert into hospital (slug, name_zh, category) values ('bad-category', '坏类别医院', '牙科诊所')");
    }

    @Test
    void rejectsDuplicateAlias() {
        assertRejectedBy("uq_hospital_alias_alias", """
                with h as (insert into hospital (slug, name_zh) values ('dup-alias', '重名别名医院') returning id)
                insert into hospital_alias (hospital_id, alias) select id, '同一简称' from h
                union all select id, '同一简称' from h
                """);
    }

    @Test
    void rejectsIndicatorValueOfUnknownKind() {
        assertRejectedBy("ck_indicator_value_kind", """
                with h as (insert into hospital (slug, name_zh) values ('bad-kind', '坏种类医院') returning id),
                     d as (insert into source_document (slug, sha256, body)
                           values ('bad-kind-doc', repeat('a', 64), '正文') returning id)
                insert into indicator_value (hospital_id, indicator_code, year, kind, value, document_id,
                                             char_start, char_end, quote, confidence)
                select h.id, 'beds_open', 2021, 'forecast', 1, d.id, 0, 2, '正文', 1 from h, d
                """);
    }

    @Test
    void rejectsIndicatorValueForUnknownIndicator() {
        assertRejectedBy("fk_indicator_value_indicator", """
                with h as (insert into hospital (slug, name_zh) values ('bad-code', '坏代码医院') returning id),
                     d as (insert into source_document (slug, sha256, body)
                           values ('bad-code-doc', repeat('b', 64), '正文') returning id)
                insert into indicator_value (hospital_id, indicator_code, year, kind, value, document_id,
                                             char_start, char_end, quote, confidence)
                select h.id, 'no_such_indicator', 2021, 'level', 1, d.id, 0, 2, '正文', 1 from h, d
                """);
    }

    @Test
    void indicatorValuesArePartitionedByDocumentAndKeepOneIdentity() {
        assertThat(jdbc.sql("select pg_get_partkeydef(cast('indicator_value' as regclass))")
                        .query(String.class)
                        .single())
                .isEqualTo("LIST (document_id)");
        assertThat(jdbc.sql("""
                        select pg_get_expr(c.relpartbound, c.oid) from pg_class c
                        where c.relname = 'indicator_value_default'
                        """).query(String.class).single()).isEqualTo("DEFAULT");

        transactions.executeWithoutResult(status -> {
            long maxId = jdbc.sql("select coalesce(max(id), 0) from indicator_value")
                    .query(Long.class)
                    .single();
            String row = jdbc.sql("""
                            with h as (insert into hospital (slug, name_zh) values ('identity-check', '身份检查医院')
                                       returning id),
                                 d as (insert into source_document (slug, sha256, body)
                                       values ('identity-check-doc', repeat('e', 64), '床位100张') returning id)
                            insert into indicator_value (hospital_id, indicator_code, year, kind, value, document_id,
                                                         char_start, char_end, quote, confidence)
                            select h.id, 'beds_open', 2020, 'level', 100, d.id, 0, 5, '床位100张', 1 from h, d
                            returning id || ' ' || tableoid::regclass
                            """).query(String.class).single();
            String[] idAndTable = row.split(" ");
            assertThat(Long.parseLong(idAndTable[0])).isGreaterThan(maxId);
            assertThat(idAndTable[1]).isEqualTo("indicator_value_default");
            status.setRollbackOnly();
        });
    }

    @Test
    void factTablesLockEveryTableIndicatorValuesReference() {
        List<String> referenced = jdbc.sql("""
                        select distinct cast(confrelid as regclass)::text as referenced
                        from pg_constraint
                        where conrelid = cast('indicator_value' as regclass) and contype = 'f' and conparentid = 0
                        order by referenced
                        """).query(String.class).list();
        assertThat(List.of(FactTables.REFERENCED.split(", "))).isEqualTo(referenced);
    }

    @Test
    void rejectsConsortiumWithDateButNoPrecision() {
        assertRejectedBy("ck_consortium_established", """
                with d as (insert into source_document (slug, sha256, body)
                           values ('bad-consortium-doc', repeat('c', 64), '正文') returning id)
                insert into consortium (slug, name, type, established_on, document_id, char_start, char_end,
                                        quote, confidence)
                select 'bad-consortium', '某医疗集团', 'city_medical_group', date '2021-06-01', d.id, 0, 2, '正文', 1
                from d
                """);
    }

    @Test
    void rejectsReformPilotOfUnknownLevel() {
        assertRejectedBy("ck_reform_pilot_level", """
                with h as (insert into hospital (slug, name_zh) values ('bad-level', '坏级别医院') returning id),
                     d as (insert into source_document (slug, sha256, body)
                           values ('bad-level-doc', repeat('d', 64), '正文') returning id)
                insert into reform_pilot (hospital_id, designation, level, category, year, document_id,
                                          char_start, char_end, quote, confidence)
                select h.id, '某试点', 'galactic', 'other', 2020, d.id, 0, 2, '正文', 1 from h, d
                """);
    }

    private void assertRejectedBy(String constraint, String sql) {
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        status -> jdbc.sql(sql).update()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(constraint);
    }
}
