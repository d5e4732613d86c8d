package org.hospitalatlas.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dataset's first large load writes the summaries of the keys only its partition holds from the partition itself
 * (V091 {@code summarise_loaded_partition}), and queues the rest for the generic refresh at commit (V070, V090). Both
 * ways must hold the same rows: the summaries built by the load are compared with those the generic refresh builds
 * again from every fact, on the same data. The fixture mixes what the two ways could disagree on: keys also held by
 * an older document (a conflicting figure, a target that does not count), a ratio whose one input is held elsewhere
 * and one whose both inputs are only in the load, a zero denominator, a year-on-year kind, hospitals with one code.
 * It stays in the shared database in a province of its own (as IndicatorYearSummaryIT's); the few change-feed rows it
 * writes are those of one hospital import, one import and five facts.
 */
@IntegrationTest
class PartitionSummaryIT {

    private static final String[] KEY = {"X-API-Key", IntegrationTest.API_KEY};
    private static final String PREFIX = "it-psum-";
    private static final String PROVINCE = "汇总省";
    private static final String OLDER_DOCUMENT = "it-psum-older";
    private static final int HOSPITALS = 6;

    /** The fixture's hospitals, by id, as a subquery. */
    private static final String FIXTURE = "(select id from hospital where slug like 'it-psum-%')";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void summariesWrittenFromTheLoadedPartitionEqualThoseTheGenericRefreshBuilds() {
        hospitals();
        olderFacts();
        Api.Response response = api.post("/api/v1/imports/indicator-values?dataset=it-psum", "text/csv", values(), KEY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("method").asString()).isEqualTo("partition");

        List<String> latest = rows(LATEST);
        List<String> years = rows(YEARS);
        List<String> coverage = rows(COVERAGE);
        // 22 stored keys with a fact that counts (the target does not) and 10 ratios: hospitals 1 and 4 all four,
        // 2 revenue per bed in 2021 only (its revenue is the older document's), 3 revenue per bed without its zero year
        assertThat(latest).hasSize(22 + 10);
        assertThat(latest).anyMatch(row -> row.startsWith("level|revenue_per_bed|it-psum-2|"));
        assertThat(latest).noneMatch(row -> row.startsWith("level|revenue_per_bed|it-psum-6|"));
        // the older document's figure is chosen: it has a publication date, the dataset's document none
        assertThat(years).anyMatch(row -> row.startsWith("level|beds_open|it-psum-1|2022|999.000000|approx|"));

        rebuildByTheGenericRefresh();

        assertThat(rows(LATEST)).isEqualTo(latest);
        assertThat(rows(YEARS)).isEqualTo(years);
        assertThat(rows(COVERAGE)).isEqualTo(coverage);
    }

    @Test
    void aLoadedPartitionQueuesOnlyTheKeysHeldElsewhere() {
        hospitals();
        olderFacts();
        // a table shaped like a new partition, summarised as the load does, in a transaction that is rolled back
        List<String> queued = transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql(
                            "create temporary table it_psum_loaded (like indicator_value including defaults including identity) on commit drop")
                    .update();
            jdbc.sql("""
                            insert into it_psum_loaded (hospital_id, indicator_code, year, kind, value, qualifier,
                                                        is_target, document_id, char_start, char_end, quote,
                                                        confidence)
                            select h.id, c.code, y.year, 'level', 100 + y.year % 7, 'exact', false, d.id, 0, 4,
                                   'it-psum', 1
                            from hospital h
                            cross join (values ('beds_open'), ('revenue')) c (code)
                            cross join generate_series(2030, 2032) y (year)
                            cross join (select id from source_document where slug = :document) d
                            where h.slug in ('it-psum-1', 'it-psum-7')
                            """).param("document", OLDER_DOCUMENT).update();
            jdbc.sql("select summarise_loaded_partition(cast('pg_temp.it_psum_loaded' as regclass))")
                    .query((rs, n) -> 1)
                    .list();
            assertThat(count("indicator_year_summary", "it-psum-7")).isEqualTo(6);
            assertThat(count("indicator_summary", "it-psum-7")).isEqualTo(3); // two codes and their ratio
            // held elsewhere: its new years come at commit, by the generic refresh
            assertThat(jdbc.sql("""
                            select count(*) from indicator_year_summary s join hospital h on h.id = s.hospital_id
                            where h.slug = 'it-psum-1' and s.year >= 2030
                            """).query(Long.class).single()).isZero();
            return jdbc.sql("""
                            select q.kind || '|' || q.indicator_code || '|' || h.slug
                            from indicator_summary_queue q join hospital h on h.id = q.hospital_id
                            where q.txid = txid_current() order by 1
                            """).query(String.class).list();
        });
        assertThat(queued)
                .contains("level|beds_open|it-psum-1", "level|revenue|it-psum-1")
                .noneMatch(key -> key.endsWith("|it-psum-7"));
    }

    private long count(String table, String slug) {
        return jdbc.sql("select count(*) from " + table + " s join hospital h on h.id = s.hospital_id"
                        + " where h.slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    /** Every key of the fixture's hospitals queued and refreshed in one transaction, as a writer's commit would. */
    private void rebuildByTheGenericRefresh() {
        jdbc.sql("""
                        do $$
                        begin
                            insert into indicator_summary_queue (txid, kind, indicator_code, hospital_id)
                            select distinct txid_current(), v.kind, v.indicator_code, v.hospital_id
                            from indicator_value v
                            where v.hospital_id in %s and not v.is_target;
                            perform refresh_indicator_summary();
                        end
                        $$
                        """.formatted(FIXTURE)).update();
    }

    private static final String LATEST = """
            select concat_ws('|', s.kind, s.indicator_code, h.slug, s.years, s.latest_year, s.latest_id, s.latest_value,
                             s.latest_qualifier)
            from indicator_summary s join hospital h on h.id = s.hospital_id
            where h.slug like 'it-psum-%'
            """;

    private static final String YEARS = """
            select concat_ws('|', s.kind, s.indicator_code, h.slug, s.year, s.value, s.qualifier, s.fact_id)
            from indicator_year_summary s join hospital h on h.id = s.hospital_id
            where h.slug like 'it-psum-%'
            """;

    private static final String COVERAGE = """
            select concat_ws('|', indicator_code, year, hospitals) from indicator_year_coverage
            union all
            select concat_ws('|', indicator_code, hospitals) from indicator_coverage
            """;

    private List<String> rows(String select) {
        return jdbc.sql("select r from (" + select + ") x (r) order by r")
                .query(String.class)
                .list();
    }

    private void hospitals() {
        if (jdbc.sql("select count(*) from hospital where slug like 'it-psum-%'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        StringBuilder csv = new StringBuilder("slug,name_zh,province,city,level,category\n");
        for (int i = 1; i <= HOSPITALS + 1; i++) {
            csv.append(PREFIX).append(i).append(",汇总市第").append(i).append("医院,").append(PROVINCE);
            csv.append(",汇总市,三级甲等,综合\n");
        }
        Api.Response response = api.post("/api/v1/imports/hospitals", "text/csv", csv.toString(), KEY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /**
     * An older document's figures: a conflicting open-beds figure of hospital 1 (the load's, newer, is chosen), a
     * revenue of hospital 1 (a key the load also holds), a revenue of hospital 2 (whose open beds only the load holds:
     * the ratio needs both), and a target of hospital 3 (it does not count).
     */
    private void olderFacts() {
        if (jdbc.sql("select count(*) from source_document where slug = :slug")
                        .param("slug", OLDER_DOCUMENT)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        jdbc.sql("""
                        insert into source_document (slug, title, publisher, published_on, sha256, body)
                        values (:slug, '汇总省医院简报（测试）', '汇总省卫健委', date '2001-01-01',
                                'abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd', '汇总省各医院。')
                        """).param("slug", OLDER_DOCUMENT).update();
        fact("it-psum-1", "beds_open", 2022, 999, false);
        fact("it-psum-1", "revenue", 2012, 5000, false);
        fact("it-psum-2", "revenue", 2021, 80000, false);
        fact("it-psum-2", "revenue", 2012, 70000, false);
        fact("it-psum-3", "beds_open", 2030, 800, true);
    }

    private void fact(String slug, String code, int year, int value, boolean target) {
        jdbc.sql("""
                        insert into indicator_value (hospital_id, indicator_code, year, kind, value, qualifier, is_target,
                                                     document_id, char_start, char_end, quote, confidence)
                        select h.id, :code, :year, 'level', :value, 'approx', :target, d.id, 0, 3, '汇总省', 0.7
                        from hospital h cross join source_document d
                        where h.slug = :slug and d.slug = :document
                        """)
                .param("slug", slug)
                .param("code", code)
                .param("year", year)
                .param("value", value)
                .param("target", target)
                .param("document", OLDER_DOCUMENT)
                .update();
    }

    /**
     * The load, 2014–2023: hospitals 1 and 4 every code (4 also their year-on-year changes), hospital 2 open beds (its
     * revenue is the older document's), hospital 3 open beds with a zero year and revenue, hospital 5 discharges and
     * their year-on-year change, hospital 6 revenue only; 210 rows, over the tests' partition threshold.
     */
    private static String values() {
        StringBuilder csv = new StringBuilder("hospital_slug,indicator_code,year,kind,value,qualifier\n");
        for (int year = 2014; year <= 2023; year++) {
            for (String code : List.of("beds_open", "revenue", "discharges", "staff_total", "outpatient_visits")) {
                for (int hospital : new int[] {1, 4}) {
                    csv.append(
                            row(hospital, code, year, "level", 100 * hospital + year % 9 + (year == 2022 ? 677 : 0)));
                }
            }
            for (String code : List.of("beds_open", "revenue", "discharges", "staff_total", "outpatient_visits")) {
                csv.append(row(4, code, year, "yoy_change_pct", year % 7 - 3.25));
            }
            csv.append(row(2, "beds_open", year, "level", 400 + year % 5));
            csv.append(row(3, "beds_open", year, "level", year == 2016 ? 0 : 300 + year % 3));
            csv.append(row(3, "revenue", year, "level", 90000 + year));
            csv.append(row(5, "discharges", year, "level", 20000 + year % 4));
            csv.append(row(5, "discharges", year, "yoy_change_pct", year % 4 - 1.5));
            csv.append(row(6, "revenue", year, "level", 123456));
        }
        return csv.toString();
    }

    private static String row(int hospital, String code, int year, String kind, double value) {
        return PREFIX + hospital + "," + code + "," + year + "," + kind + "," + value + ","
                + (value > 700 ? "approx" : "exact") + "\n";
    }
}
