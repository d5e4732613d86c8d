package org.hospitalatlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The latest-value and coverage summaries (V070) stay right through the real writers: a dataset's first load (written
 * into a partition of its own, which no statement on indicator_value sees), a later import, a document read from text
 * and its withdrawal, a review rejecting a figure. "Right" is: the reads the summaries serve answer exactly what the
 * base queries answer over the facts — the same reads asked with a lowest confidence of 0.001, which every fact has
 * (confidence is numeric(4,3) and above 0) but which the summaries cannot serve.
 */
@IntegrationTest
class IndicatorSummaryIT {

    private static final String[] KEY = {"X-API-Key", IntegrationTest.API_KEY};
    private static final String PROVINCE = "摘要省";
    private static final BigDecimal EVERY_FACT = new BigDecimal("0.001");
    private static final int HOSPITALS = 30;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorValueRepository values;

    @Autowired
    MetricCatalogue metrics;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theSummariesFollowImportsDocumentsWithdrawalsAndReviews() {
        hospitals();
        // 24 hospitals × 2 codes × 4 years + 6 × 2 × 3 = 228 rows: a first load of its own partition
        // (PARTITION_MIN_ROWS = 200)
        importValues(values(2016, 2019, 0));
        assertThat(partitionRows()).isEqualTo(228);
        assertSummaryAgrees();
        assertThat(latestYearOf("it-summary-1")).isEqualTo(2019);

        // a later import of the dataset MERGEs through indicator_value: a newer year for one hospital, changed values
        importValues(values(2016, 2019, 7) + "it-summary-1,beds_open,2020,level,4321,exact\n");
        assertSummaryAgrees();
        assertThat(latestYearOf("it-summary-1")).isEqualTo(2020);

        // a document read from text names a hospital with a figure; withdrawn, it takes the figure (and the hospital
        // only it named) away
        String document = postDocument("摘要市第二人民医院2022年实际开放床位1500张。");
        String named = jdbc.sql("""
                        select distinct h.slug from indicator_value v join hospital h on h.id = v.hospital_id
                        join source_document d on d.id = v.document_id
                        where d.slug = :slug and v.indicator_code = 'beds_open' and v.year = 2022
                        """).param("slug", document).query(String.class).single();
        assertThat(latestYearOf(named)).isEqualTo(2022);
        assertSummaryAgrees();
        assertThat(api.delete("/api/v1/documents/" + document, KEY).status()).isEqualTo(200);
        assertThat(jdbc.sql("""
                                select count(*) from indicator_summary s join hospital h on h.id = s.hospital_id
                                where h.slug = :slug
                                """).param("slug", named).query(Long.class).single())
                .isZero();
        assertSummaryAgrees();

        // a rejected figure no longer counts: the hospital's latest year is the one before
        long fact = jdbc.sql("""
                        select v.id from indicator_value v join hospital h on h.id = v.hospital_id
                        where h.slug = 'it-summary-1' and v.indicator_code = 'beds_open' and v.year = 2020
                        """).query(Long.class).single();
        Api.Response rejected = api.post(
                "/api/v1/facts/indicator-values/" + fact + "/reviews",
                "application/json",
                "{\"state\": \"rejected\", \"reason\": \"a plan, not a figure\"}",
                KEY);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(latestYearOf("it-summary-1")).isEqualTo(2019);
        assertSummaryAgrees();
    }

    /** Ranking with year=latest, coverage counts and cells: from the summaries, and from the facts. */
    private void assertSummaryAgrees() {
        for (String code : List.of("beds_open", "revenue")) {
            MetricRanking summarised = values.rankedPage(ranking(code, BigDecimal.ZERO));
            assertThat(summarised).isEqualTo(values.rankedPage(ranking(code, EVERY_FACT)));
            assertThat(summarised.page()).isNotEmpty();
        }
        List<IndicatorInfo> every = metrics.all();
        List<String> codes = every.stream().map(IndicatorInfo::code).toList();
        List<IndicatorInfo> stored =
                every.stream().filter(info -> !info.derived()).toList();
        List<IndicatorInfo> derived =
                every.stream().filter(IndicatorInfo::derived).toList();
        List<CoverageCount> fromFacts = new ArrayList<>(values.storedCounts(scope(stored, EVERY_FACT), null));
        fromFacts.addAll(values.derivedCounts(scope(derived, EVERY_FACT), null));
        assertThat(values.summaryCounts(codes)).containsExactlyInAnyOrderElementsOf(fromFacts);
        for (String province : new String[] {PROVINCE, null}) {
            assertThat(values.summaryCells(scope(every, BigDecimal.ZERO), province, 100_000, 0))
                    .isEqualTo(values.cells(scope(every, EVERY_FACT), province, 100_000, 0))
                    .isNotEmpty();
        }
    }

    private RankingQuery ranking(String code, BigDecimal minConfidence) {
        MetricValues.Scope scope = MetricValues.Scope.of(
                        metrics.requireAll(List.of(code)),
                        MetricValues.LEVEL,
                        MetricValues.FIRST_YEAR,
                        MetricValues.LAST_YEAR,
                        null)
                .atLeast(minConfidence);
        return new RankingQuery(scope, new PeerFilter(null, null, null), true, true, 0, 100_000);
    }

    private static MetricValues.Scope scope(List<IndicatorInfo> infos, BigDecimal minConfidence) {
        return MetricValues.Scope.levels(infos, null, null).atLeast(minConfidence);
    }

    private int latestYearOf(String slug) {
        return jdbc.sql("""
                        select s.latest_year from indicator_summary s join hospital h on h.id = s.hospital_id
                        where h.slug = :slug and s.kind = 'level' and s.indicator_code = 'beds_open'
                        """).param("slug", slug).query(Integer.class).single();
    }

    private long partitionRows() {
        return jdbc.sql("""
                        select count(*) from indicator_value v
                        join bulk_dataset s on s.document_id = v.document_id
                        where s.slug = 'it-summary' and v.tableoid <> 'indicator_value_default'::regclass
                        """).query(Long.class).single();
    }

    private void hospitals() {
        StringBuilder csv = new StringBuilder("slug,name_zh,province,city,level,category\n");
        String[] numbers = {"一", "二", "三"};
        for (int i = 1; i <= HOSPITALS; i++) {
            String name = i <= 3 ? "摘要市第" + numbers[i - 1] + "人民医院" : "摘要市第" + i + "医院";
            csv.append("it-summary-").append(i).append(',').append(name).append(',');
            csv.append(PROVINCE).append(",摘要市,三级甲等,综合\n");
        }
        Api.Response response = api.post("/api/v1/imports/hospitals", "text/csv", csv.toString(), KEY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** beds_open and revenue of every hospital from {@code from} to {@code to}; every fifth hospital lacks the last year. */
    private static String values(int from, int to, int shift) {
        StringBuilder csv = new StringBuilder("hospital_slug,indicator_code,year,kind,value,qualifier\n");
        for (int i = 1; i <= HOSPITALS; i++) {
            for (int year = from; year <= (i % 5 == 0 ? to - 1 : to); year++) {
                int beds = 200 + (i * 37 + shift) % 500 + year - from;
                csv.append("it-summary-").append(i).append(",beds_open,").append(year);
                csv.append(",level,").append(beds).append(",exact\n");
                csv.append("it-summary-").append(i).append(",revenue,").append(year);
                csv.append(",level,").append(beds * 1000L + shift).append(",approx\n");
            }
        }
        return csv.toString();
    }

    private void importValues(String csv) {
        Api.Response response = api.post("/api/v1/imports/indicator-values?dataset=it-summary", "text/csv", csv, KEY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private String postDocument(String text) {
        Api.Response response = api.post("/api/v1/documents", "text/plain;charset=UTF-8", text, KEY);
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json().get("document").get("slug").asString();
    }
}
