package org.hospitalatlas.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A large first load of a dataset ({@link IntegrationTest#PARTITION_MIN_ROWS} rows or more here) is written into
 * a partition of indicator_value of its own; what the API serves, what later imports do, and what a bad file
 * leaves behind must not depend on it.
 */
@IntegrationTest
class DatasetPartitionIT {

    private static final String[] KEY = {"X-API-Key", IntegrationTest.API_KEY};
    private static final String HEADER = "hospital_slug,indicator_code,year,kind,value,qualifier\n";
    private static final AtomicInteger RUN = new AtomicInteger();
    private static List<String> shared;
    private static final List<String> INDICATORS =
            List.of("beds_open", "outpatient_visits", "discharges", "drug_cost_share", "revenue");

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
    void aLargeFirstLoadGetsAPartitionOfItsOwnWhichTheApiReadsAndLaterImportsUpdate() {
        List<String> slugs = hospitals("part-a", 12);
        String csv = values(slugs, 2001, 2004); // 12 × 5 × 4 = 240 rows, in years no other test uses
        long versionBefore = dataVersion();
        OffsetDateTime before =
                jdbc.sql("select clock_timestamp()").query(OffsetDateTime.class).single();

        JsonNode report = post("/api/v1/imports/indicator-values?dataset=it-partition", csv);

        assertThat(report.get("method").asString()).isEqualTo("partition");
        assertThat(report.get("inserted").asLong()).isEqualTo(240);
        assertThat(dataVersion()).isGreaterThan(versionBefore);
        long document = documentId("import-it-partition");
        String partition = "indicator_value_document_" + document;
        assertThat(partitions()).contains(partition);
        assertThat(count("select count(*) from " + partition)).isEqualTo(240);
        // vacuumed after the commit: every page all-visible, so rankings are index-only scans from the start
        assertThat(count("select relpages - relallvisible from pg_class where relname = '" + partition + "'"))
                .isZero();
        assertThat(count("select relpages from pg_class where relname = '" + partition + "'"))
                .isPositive();
        // so are the summaries written with it, which one-year and latest rankings read index-only
        for (String summary : List.of("indicator_year_summary", "indicator_summary")) {
            assertThat(jdbc.sql("""
                            select last_vacuum > :before and last_analyze > :before from pg_stat_user_tables
                            where relname = :summary
                            """)
                            .param("before", before)
                            .param("summary", summary)
                            .query(Boolean.class)
                            .single())
                    .as("%s vacuumed and analysed after the commit", summary)
                    .isTrue();
            assertThat(count("select relpages - relallvisible from pg_class where relname = '" + summary + "'"))
                    .as("%s all-visible", summary)
                    .isZero();
        }
        assertThat(count("select count(*) from indicator_value where document_id = " + document))
                .isEqualTo(240);
        assertThat(count("select count(*) - count(distinct id) from indicator_value"))
                .as("ids stay unique across partitions")
                .isZero();
        // the parent's keys, indexes and foreign keys all hold on the partition, attached rather than rebuilt
        assertThat(count("select count(*) from pg_index where indrelid = cast('" + partition + "' as regclass)"))
                .isEqualTo(count("select count(*) from pg_index where indrelid = cast('indicator_value' as regclass)"));
        assertThat(count("select count(*) from pg_constraint where contype = 'f' and conrelid = cast('" + partition
                        + "' as regclass)"))
                .isEqualTo(3);

        JsonNode row = api.get("/api/v1/compare?indicator=beds_open&year=2003&hospitals=" + slugs.get(3))
                .json()
                .get("rows")
                .get(0);
        assertThat(row.get("value").decimalValue()).isEqualByComparingTo(value(3, "beds_open", 2003));
        assertThat(row.get("evidence").get(0).get("document").asString()).isEqualTo("import-it-partition");
        assertThat(row.get("evidence").get(0).get("quote").asString()).isEqualTo("import 1");
        JsonNode ranking =
                api.get("/api/v1/indicators/revenue/ranking?year=2002&size=500").json();
        List<String> ranked = new ArrayList<>();
        ranking.get("items")
                .forEach(r -> ranked.add(r.get("hospital").get("slug").asString()));
        assertThat(ranked).containsAll(slugs);

        JsonNode again = post("/api/v1/imports/indicator-values?dataset=it-partition", csv);
        assertThat(again.get("method").asString()).isEqualTo("upsert");
        assertThat(again.get("unchanged").asLong()).isEqualTo(240);
        assertThat(again.get("status").asString()).isEqualTo("unchanged");

        String corrected = HEADER + slugs.get(0) + ",beds_open,2001,level,9999,exact\n" + slugs.get(0)
                + ",beds_open,2005,level,1000,exact\n";
        JsonNode update = post("/api/v1/imports/indicator-values?dataset=it-partition", corrected);
        assertThat(update.get("method").asString()).isEqualTo("upsert");
        assertThat(update.get("updated").asLong()).isEqualTo(1);
        assertThat(update.get("inserted").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select v.tableoid::regclass::text from indicator_value v join hospital h on h.id = v.hospital_id
                        where h.slug = :slug and v.indicator_code = 'beds_open' and v.year in (2001, 2005)
                        """).param("slug", slugs.get(0)).query(String.class).list())
                .as("later rows of the dataset go into its partition")
                .containsExactly(partition, partition);
        assertThat(jdbc.sql("""
                        select v.value from indicator_value v join hospital h on h.id = v.hospital_id
                        where h.slug = :slug and v.indicator_code = 'beds_open' and v.year = 2001
                        """)
                        .param("slug", slugs.get(0))
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("9999");
    }

    @Test
    void aLargeFileWithARepeatedKeyIsRefusedAndLeavesNoPartitionBehind() {
        List<String> slugs = hospitals("part-b", 12);
        String csv = values(slugs, 2001, 2004) + slugs.get(5) + ",revenue,2002,level,1,exact\n";

        JsonNode errors = refusedLeavingNothing("it-partition-dup", csv);

        assertThat(errors.get(1).get("field").asString()).isEqualTo("line 242");
        assertThat(errors.get(1).get("message").asString()).startsWith("duplicate of line ");
    }

    @Test
    void aLargeFileWithBadRowsIsRefusedWithTheirLinesAndLeavesNoPartitionBehind() {
        List<String> slugs = hospitals("part-d", 12);
        String csv = values(slugs, 2001, 2004)
                + "no-such-hospital,revenue,2002,level,1,exact\n" // line 242
                + slugs.get(2) + ",revenue,2o02,level,1,exact\n"; // line 243

        JsonNode errors = refusedLeavingNothing("it-partition-bad", csv);

        assertThat(errors.get(0).get("message").asString()).startsWith("2 of 242 rows rejected");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("line 242");
        assertThat(errors.get(1).get("message").asString()).startsWith("hospital_slug: no hospital");
        assertThat(errors.get(2).get("field").asString()).isEqualTo("line 243");
        assertThat(errors.get(2).get("message").asString()).startsWith("year:");
    }

    /** The refusals of the checks, each alone at the end of a file large enough for a partition of its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown indicator | {slug},beds_opened,2002,level,800,exact | indicator_code: no indicator",
                "year out of range | {slug},revenue,1800,level,800,exact    | year: 1800 is outside",
                "kind              | {slug},revenue,2002,target,800,exact   | kind:",
                "value too large   | {slug},revenue,2002,level,1e30,exact   | value:",
                "value NaN         | {slug},revenue,2002,level,NaN,exact    | value: NaN",
                "negative level    | {slug},revenue,2002,level,-5,exact     | value: -5 is negative",
                "qualifier         | {slug},revenue,2002,level,800,roughly  | qualifier:",
            })
    void aLargeFirstLoadIsCheckedWhenItsWriteFails(String problem, String line, String reason) {
        List<String> slugs = sharedHospitals();
        String csv = values(slugs, 2010, 2013) + line.replace("{slug}", slugs.get(0)) + "\n";

        JsonNode errors = refusedLeavingNothing("it-partition-check-" + RUN.incrementAndGet(), csv);

        assertThat(errors.get(0).get("message").asString()).startsWith("1 of 241 rows rejected");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("line 242");
        assertThat(errors.get(1).get("message").asString()).startsWith(reason);
    }

    /** Two large first loads at once both get their partition: their locks queue, they do not deadlock. */
    @Test
    void largeFirstLoadsAtTheSameTimeBothSucceed() throws Exception {
        List<String> first = hospitals("part-e", 12);
        List<String> second = hospitals("part-f", 12);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 3; round++) {
                int r = round;
                int years = 2001 + 4 * round;
                Future<Api.Response> a = pool.submit(() -> api.post(
                        "/api/v1/imports/indicator-values?dataset=it-parallel-a-" + r,
                        "text/csv",
                        values(first, years, years + 3),
                        KEY));
                Future<Api.Response> b = pool.submit(() -> api.post(
                        "/api/v1/imports/indicator-values?dataset=it-parallel-b-" + r,
                        "text/csv",
                        values(second, years, years + 3),
                        KEY));
                Future<Api.Response> document = pool.submit(() -> api.post(
                        "/api/v1/documents",
                        "text/plain;charset=UTF-8",
                        "并发测试" + r + "市人民医院" + (2019 + r) + "年实际开放床位" + (500 + r) + "张。",
                        KEY));
                for (Future<Api.Response> answer : List.of(a, b)) {
                    Api.Response response = answer.get(60, TimeUnit.SECONDS);
                    assertThat(response.status()).as(response.body()).isEqualTo(200);
                    assertThat(response.json().get("method").asString()).isEqualTo("partition");
                }
                Api.Response stored = document.get(60, TimeUnit.SECONDS);
                assertThat(stored.status()).as(stored.body()).isIn(200, 201);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** An import that cannot get its locks in time changes nothing and says to try again. */
    @Test
    void anImportKeptWaitingByAnotherWriterIsAnsweredBusyAndChangesNothing() throws Exception {
        List<String> slugs = hospitals("part-g", 12);
        String csv = values(slugs, 2001, 2004);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // another writer holding the hospital register (SHARE conflicts with every writer's ROW EXCLUSIVE)
            Future<?> holder = pool.submit(() -> {
                transactions.executeWithoutResult(status -> {
                    jdbc.sql("lock table hospital in share mode").update();
                    locked.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            List<String> partitionsBefore = partitions();
            long valuesBefore = count("select count(*) from indicator_value");

            Api.Response response =
                    api.post("/api/v1/imports/indicator-values?dataset=it-partition-busy", "text/csv", csv, KEY);

            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.header("Retry-After")).isNotBlank();
            assertThat(response.json().get("type").asString()).isEqualTo("/problems/busy");
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("file");
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            assertThat(partitions()).isEqualTo(partitionsBefore);
            assertThat(count("select count(*) from indicator_value")).isEqualTo(valuesBefore);

            Api.Response again =
                    api.post("/api/v1/imports/indicator-values?dataset=it-partition-busy", "text/csv", csv, KEY);
            assertThat(again.status()).as(again.body()).isEqualTo(200);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aSmallFirstLoadStaysInTheDefaultPartition() {
        List<String> slugs = hospitals("part-c", 2);
        JsonNode report =
                post("/api/v1/imports/indicator-values?dataset=it-partition-small", values(slugs, 2001, 2001));

        assertThat(report.get("method").asString()).isEqualTo("insert");
        assertThat(report.get("inserted").asLong()).isEqualTo(10);
        assertThat(jdbc.sql("""
                        select distinct v.tableoid::regclass::text from indicator_value v
                        join source_document d on d.id = v.document_id where d.slug = 'import-it-partition-small'
                        """).query(String.class).list()).containsExactly("indicator_value_default");
    }

    /** A value per hospital, indicator and year that the test can compute again. */
    private static String value(int hospital, String indicator, int year) {
        return String.valueOf(100 + hospital * 10 + INDICATORS.indexOf(indicator) + (year - 2000) * 1000);
    }

    private static String values(List<String> slugs, int from, int to) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int h = 0; h < slugs.size(); h++) {
            for (String indicator : INDICATORS) {
                for (int year = from; year <= to; year++) {
                    csv.append(slugs.get(h))
                            .append(',')
                            .append(indicator)
                            .append(',')
                            .append(year)
                            .append(",level,")
                            .append(value(h, indicator, year))
                            .append(",exact\n");
                }
            }
        }
        return csv.toString();
    }

    /** Twelve hospitals created once for the tests whose imports are all refused. */
    private synchronized List<String> sharedHospitals() {
        if (shared == null) {
            shared = hospitals("part-shared", 12);
        }
        return shared;
    }

    private List<String> hospitals(String prefix, int n) {
        StringBuilder csv = new StringBuilder("slug,name_zh,province,city,level,category\n");
        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String slug = "it-" + prefix + "-" + i;
            slugs.add(slug);
            csv.append(slug)
                    .append(",分区测试")
                    .append(prefix)
                    .append("市第")
                    .append(i)
                    .append("人民医院,湖南省,郴州市,二级甲等,综合\n");
        }
        post("/api/v1/imports/hospitals", csv.toString());
        return slugs;
    }

    private JsonNode post(String path, String csv) {
        Api.Response response = api.post(path, "text/csv", csv, KEY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Posts a file that must be refused; checks it left no partition and no value behind; its errors. */
    private JsonNode refusedLeavingNothing(String dataset, String csv) {
        List<String> partitionsBefore = partitions();
        long valuesBefore = count("select count(*) from indicator_value");

        Api.Response response = api.post("/api/v1/imports/indicator-values?dataset=" + dataset, "text/csv", csv, KEY);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(partitions()).isEqualTo(partitionsBefore);
        assertThat(count("select count(*) from indicator_value")).isEqualTo(valuesBefore);
        return response.json().get("errors");
    }

    private List<String> partitions() {
        return jdbc.sql("""
                        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                        where i.inhparent = cast('indicator_value' as regclass) order by c.relname
                        """).query(String.class).list();
    }

    private long documentId(String slug) {
        return count("select id from source_document where slug = '" + slug + "'");
    }

    private long dataVersion() {
        return count("select sum(version) from data_version");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
