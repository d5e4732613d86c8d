package org.hospitalatlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each year's chosen figure, kept by the writers for rankings (V090, beside V070's latest), stays right through every
 * writer — a dataset's first load into a partition of its own, a re-import, the conflicting figures of a newer
 * document, corrections of a value and of a year, a rejection, a document's withdrawal, facts deleted by a statement
 * and a hospital deleted with its facts — and the rankings read from it answer what the rankings read from the facts
 * answer. "Right" is twice: the summary holds exactly the rows a choice among every fact gives (MetricSql.CHOICE,
 * computed here apart); and every ranking read in index order ({@link RankingReadsImpl.Path#INDEX_ORDER}, and with a
 * peer filter from V070's latest figures, {@code CHOSEN}) equals, page by page, the same ranking asked with a lowest
 * confidence of 0.001, which every fact passes but only the figures themselves serve ({@code FACTS}). Rankings without a peer filter span
 * the whole test database (the seeds' and other tests' figures too), so they are compared, not counted. The
 * fixture stays, in a province of its own (as IndicatorSummaryIT's): deleting it would write some 200 more rows of
 * the change feed, which ChangeFeedIT pages through from "latest" a row at a time.
 */
@IntegrationTest
class IndicatorYearSummaryIT {

    private static final String[] KEY = {"X-API-Key", IntegrationTest.API_KEY};
    private static final String PROVINCE = "排名省";
    private static final String PREFIX = "it-rank-";
    private static final BigDecimal EVERY_FACT = new BigDecimal("0.001");
    private static final int HOSPITALS = 10;
    private static final String NEWER_DOCUMENT = "it-rank-newer";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorValueRepository values;

    @Autowired
    MetricRankings rankings;

    @Autowired
    MetricCatalogue metrics;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theYearSummaryFollowsEveryWriterAndRankingsReadFromItAnswerAsTheFacts() {
        hospitals();
        // 10 hospitals × 2 codes × 10 years = 200 rows: a first load of its own partition (PARTITION_MIN_ROWS = 200)
        importValues(values(0));
        assertThat(figure("it-rank-3", 2022)).isEqualByComparingTo(beds(3, 2022, 0));
        assertSummaryAgrees();

        // a re-import MERGEs through indicator_value: the first three hospitals' values changed, a new year for one
        importValues(values(3) + "it-rank-1,beds_open,2024,level,4321,exact\n");
        assertThat(figure("it-rank-3", 2022)).isEqualByComparingTo(beds(3, 2022, 3));
        assertThat(figure("it-rank-1", 2024)).isEqualByComparingTo("4321");
        assertSummaryAgrees();

        // a newer document gives other figures for 2022: they are chosen (docs/conflicts.md)
        long newer = newerDocument();
        for (int i = 1; i <= 6; i++) {
            conflictingFigure(newer, PREFIX + i, 2022, 900 + 50 * (i % 3));
        }
        assertThat(figure("it-rank-4", 2022)).isEqualByComparingTo("950");
        assertSummaryAgrees();

        // a correction of a value, and one that moves a figure to another year
        long corrected = factOf("it-rank-7", 2022, "import-it-rank");
        review(corrected, "{\"state\": \"corrected\", \"value\": 1234, \"reason\": \"the report says 1234\"}");
        assertThat(figure("it-rank-7", 2022)).isEqualByComparingTo("1234");
        long moved = factOf("it-rank-8", 2023, "import-it-rank");
        review(moved, "{\"state\": \"corrected\", \"year\": 2025, \"reason\": \"the report is of 2025\"}");
        assertThat(figure("it-rank-8", 2023)).isNull();
        assertThat(figure("it-rank-8", 2025)).isEqualByComparingTo(beds(8, 2023, 0));
        assertSummaryAgrees();

        // a rejected figure no longer counts: the import's figure of the same year is chosen again
        review(factOf("it-rank-4", 2022, NEWER_DOCUMENT), "{\"state\": \"rejected\", \"reason\": \"misread\"}");
        assertThat(figure("it-rank-4", 2022)).isEqualByComparingTo(beds(4, 2022, 0));
        assertSummaryAgrees();

        // a document read from text, the newest, gives a figure that is chosen; withdrawn, it takes it away
        String document = postDocument("排名市第二人民医院2022年实际开放床位1500张。");
        List<Long> read =
                jdbc.sql("""
                        select v.id from indicator_value v join source_document d on d.id = v.document_id
                        where d.slug = :slug and v.indicator_code = 'beds_open' and v.year = 2022
                        """).param("slug", document).query(Long.class).list();
        assertThat(read).hasSize(1);
        assertThat(keptRowsWith(read.get(0))).isOne();
        assertSummaryAgrees();
        assertThat(api.delete("/api/v1/documents/" + document, KEY).status()).isEqualTo(200);
        assertThat(keptRowsWith(read.get(0))).isZero();
        assertSummaryAgrees();

        // facts deleted by a plain statement, and a hospital deleted with its facts (the foreign key's cascade)
        jdbc.sql("""
                        delete from indicator_value v using hospital h
                        where h.id = v.hospital_id and h.slug = 'it-rank-9' and v.year = 2021
                        """).update();
        assertThat(figure("it-rank-9", 2021)).isNull();
        assertThat(figure("it-rank-9", 2022)).isNotNull();
        long deleted = CompareFixture.hospitalId(jdbc, "it-rank-5");
        assertThat(keptRowsOf(deleted)).isEqualTo(20);
        jdbc.sql("delete from hospital where id = :id").param("id", deleted).update();
        assertThat(keptRowsOf(deleted)).isZero();
        assertSummaryAgrees();
    }

    /** The summary against the choice made over every fact, then rankings from it against rankings from facts. */
    private void assertSummaryAgrees() {
        assertThat(rows(KEPT, "true")).isEqualTo(rows(PLACED, "place = 1")).isNotEmpty();
        for (String code : List.of("beds_open", "revenue")) {
            for (Integer year : new Integer[] {2022, null}) {
                for (boolean descending : new boolean[] {true, false}) {
                    assertRankingsAgree(code, year, descending, new PeerFilter(null, null, null));
                    assertRankingsAgree(code, year, descending, new PeerFilter(PROVINCE, "三级甲等", "综合"));
                }
            }
        }
        assertRankingsAgree("beds_open", 2025, true, new PeerFilter(null, null, null));
        assertRankingsAgree("beds_open", 2022, true, new PeerFilter(PROVINCE, null, null));
    }

    /** The whole ranking, then every page of three (ties meet the pages' edges) up to the eighth, and one beyond the end. */
    private void assertRankingsAgree(String code, Integer year, boolean descending, PeerFilter peers) {
        RankingReadsImpl.Path expected = peers.province() == null
                ? RankingReadsImpl.Path.INDEX_ORDER
                : year == null ? RankingReadsImpl.Path.CHOSEN : RankingReadsImpl.Path.FACTS;
        RankingQuery all = query(code, year, descending, peers, BigDecimal.ZERO, 0, 100_000);
        assertThat(RankingReadsImpl.path(all)).isEqualTo(expected);
        assertThat(RankingReadsImpl.path(query(code, year, descending, peers, EVERY_FACT, 0, 1)))
                .isEqualTo(RankingReadsImpl.Path.FACTS);
        MetricRanking whole = rankings.rank(all);
        assertThat(whole).isEqualTo(rankings.rank(query(code, year, descending, peers, EVERY_FACT, 0, 100_000)));
        if (year == null || year == 2022) {
            assertThat(whole.page()).as("%s %s %s", code, year, peers).isNotEmpty();
        }
        int size = 3;
        int pages = (int) (whole.peerCount() + size - 1) / size;
        for (int page : IntStream.concat(IntStream.range(0, Math.min(pages, 8)), IntStream.of(pages))
                .toArray()) {
            MetricRanking read = rankings.rank(query(code, year, descending, peers, BigDecimal.ZERO, page, size));
            assertThat(read)
                    .as("%s %s %s page %d", code, year, peers, page)
                    .isEqualTo(rankings.rank(query(code, year, descending, peers, EVERY_FACT, page, size)));
            int from = Math.min(page * size, whole.page().size());
            assertThat(read.page())
                    .isEqualTo(whole.page()
                            .subList(from, Math.min(from + size, whole.page().size())));
        }
    }

    private RankingQuery query(
            String code,
            Integer year,
            boolean descending,
            PeerFilter peers,
            BigDecimal minConfidence,
            int page,
            int size) {
        List<IndicatorInfo> info = metrics.requireAll(List.of(code));
        MetricValues.Scope scope = (year == null
                        ? MetricValues.Scope.of(
                                info, MetricValues.LEVEL, MetricValues.FIRST_YEAR, MetricValues.LAST_YEAR, null)
                        : MetricValues.Scope.of(info, MetricValues.LEVEL, year, year, null))
                .atLeast(minConfidence);
        return new RankingQuery(scope, peers, year == null, descending, page, size);
    }

    /** Each year's figure as the writers keep it. */
    private static final String KEPT = """
            select kind, indicator_code, hospital_id, year, value, qualifier, fact_id as id
            from indicator_year_summary
            """;

    /** Every fact that counts with its place in the choice of its hospital, code, year and kind (1: chosen). */
    private static final String PLACED = """
            select v.kind, v.indicator_code, v.hospital_id, v.year, v.value, v.qualifier, v.id,
                   row_number() over (partition by v.kind, v.indicator_code, v.hospital_id, v.year
                                      order by v.review_state in ('confirmed', 'corrected') desc,
                                               d.published_on desc nulls last, v.confidence desc, v.id) as place
            from indicator_value v
            join source_document d on d.id = v.document_id
            where not v.is_target and v.review_state <> 'rejected'
            """;

    private static final String ROW = "kind, indicator_code, hospital_id, year, value, qualifier, id";

    private List<String> rows(String select, String where) {
        return jdbc.sql("select concat_ws('|', " + ROW + ") from (" + select + ") r where " + where + " order by "
                        + ROW)
                .query(String.class)
                .list();
    }

    private BigDecimal figure(String slug, int year) {
        return jdbc.sql("select r.value from (" + KEPT + """
                        ) r join hospital h on h.id = r.hospital_id
                        where h.slug = :slug and r.kind = 'level' and r.indicator_code = 'beds_open' and r.year = :year
                        """)
                .param("slug", slug)
                .param("year", year)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    private long keptRowsWith(long fact) {
        return jdbc.sql("select count(*) from (" + KEPT + ") r where r.id = :fact")
                .param("fact", fact)
                .query(Long.class)
                .single();
    }

    private long keptRowsOf(long hospitalId) {
        return jdbc.sql("select count(*) from indicator_year_summary where hospital_id = :id")
                .param("id", hospitalId)
                .query(Long.class)
                .single();
    }

    private long factOf(String slug, int year, String document) {
        return jdbc.sql("""
                        select v.id from indicator_value v join hospital h on h.id = v.hospital_id
                        join source_document d on d.id = v.document_id
                        where h.slug = :slug and v.indicator_code = 'beds_open' and v.year = :year
                          and d.slug = :document
                        """)
                .param("slug", slug)
                .param("year", year)
                .param("document", document)
                .query(Long.class)
                .single();
    }

    private void review(long fact, String body) {
        Api.Response response =
                api.post("/api/v1/facts/indicator-values/" + fact + "/reviews", "application/json", body, KEY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private long newerDocument() {
        jdbc.sql("""
                        insert into source_document (slug, title, publisher, published_on, sha256, body)
                        values (:slug, '排名省医院工作简报（测试）', '排名省卫健委', date '2030-01-01',
                                'feedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedface', :body)
                        """)
                .param("slug", NEWER_DOCUMENT)
                .param("body", "排名省各医院2022年实际开放床位。")
                .update();
        return jdbc.sql("select id from source_document where slug = :slug")
                .param("slug", NEWER_DOCUMENT)
                .query(Long.class)
                .single();
    }

    private void conflictingFigure(long document, String slug, int year, int value) {
        jdbc.sql("""
                        insert into indicator_value (hospital_id, indicator_code, year, kind, value, qualifier,
                                                     document_id, char_start, char_end, quote, confidence)
                        select h.id, 'beds_open', :year, 'level', :value, 'approx', :document, 0, 5, '排名省各医院', 0.6
                        from hospital h where h.slug = :slug
                        """)
                .param("slug", slug)
                .param("year", year)
                .param("value", value)
                .param("document", document)
                .update();
    }

    private void hospitals() {
        StringBuilder csv = new StringBuilder("slug,name_zh,province,city,level,category\n");
        String[] numbers = {"一", "二", "三"};
        for (int i = 1; i <= HOSPITALS; i++) {
            String name = i <= 3 ? "排名市第" + numbers[i - 1] + "人民医院" : "排名市第" + i + "医院";
            csv.append(PREFIX).append(i).append(',').append(name).append(',').append(PROVINCE);
            csv.append(",排名市,").append(i % 3 == 0 ? "二级甲等" : "三级甲等").append(',');
            csv.append(i % 4 == 0 ? "中医" : "综合").append('\n');
        }
        Api.Response response = api.post("/api/v1/imports/hospitals", "text/csv", csv.toString(), KEY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /**
     * Open beds with many ties (seven values among ten hospitals), and revenue, 2014–2023; {@code shift} changes the
     * first three hospitals' figures only (few writes: every one is a row of the change feed other tests page through).
     */
    private static String values(int shift) {
        StringBuilder csv = new StringBuilder("hospital_slug,indicator_code,year,kind,value,qualifier\n");
        for (int i = 1; i <= HOSPITALS; i++) {
            int own = i <= 3 ? shift : 0;
            for (int year = 2014; year <= 2023; year++) {
                csv.append(PREFIX).append(i).append(",beds_open,").append(year);
                csv.append(",level,").append(beds(i, year, own)).append(",exact\n");
                csv.append(PREFIX).append(i).append(",revenue,").append(year);
                csv.append(",level,")
                        .append(beds(i, year, own).longValue() * 1000 + i % 2)
                        .append(",approx\n");
            }
        }
        return csv.toString();
    }

    private static BigDecimal beds(int hospital, int year, int shift) {
        return BigDecimal.valueOf(300 + 100L * ((hospital + shift) % 7) + (year % 2));
    }

    private void importValues(String csv) {
        Api.Response response = api.post("/api/v1/imports/indicator-values?dataset=it-rank", "text/csv", csv, KEY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private String postDocument(String text) {
        Api.Response response =
                api.post("/api/v1/documents?published_on=2031-01-01", "text/plain;charset=UTF-8", text, KEY);
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json().get("document").get("slug").asString();
    }
}
