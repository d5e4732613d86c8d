package org.hospitalatlas.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.JsonNode;

@IntegrationTest
class BulkImportApiIT {

    private static final String CSV = "text/csv";
    private static final String[] KEY = {"X-API-Key", IntegrationTest.API_KEY};
    private static final String VALUE_HEADER = "hospital_slug,indicator_code,year,kind,value,qualifier\n";
    private static final AtomicInteger RUN = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void importsHospitalsThenTheirValuesWhichTheApiServesWithEvidence() {
        List<String> slugs = hospitals(3);
        StringBuilder csv = new StringBuilder(VALUE_HEADER);
        for (String slug : slugs) {
            for (int year = 2022; year <= 2023; year++) {
                csv.append(slug)
                        .append(",beds_open,")
                        .append(year)
                        .append(",level,")
                        .append(500 + year % 10)
                        .append(",exact\n");
                csv.append(slug).append(",drug_cost_share,").append(year).append(",level,27.35,\n");
            }
        }
        Api.Response response = post("/api/v1/imports/indicator-values?dataset=it-good&filename=values.csv", csv);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("rows").asLong()).isEqualTo(12);
        assertThat(report.get("inserted").asLong()).isEqualTo(12);
        assertThat(report.get("unchanged").asLong()).isZero();
        assertThat(report.get("status").asString()).isEqualTo("imported");
        assertThat(report.get("document").asString()).isEqualTo("import-it-good");
        assertThat(report.get("sha256").asString()).hasSize(64);

        BigDecimal beds = jdbc.sql("""
                        select v.value from indicator_value v join hospital h on h.id = v.hospital_id
                        where h.slug = :slug and v.indicator_code = 'beds_open' and v.year = 2023
                        """)
                .param("slug", slugs.get(1))
                .query(BigDecimal.class)
                .single();
        assertThat(beds).isEqualByComparingTo("503");

        JsonNode document = api.get("/api/v1/documents/import-it-good").json();
        String text = document.get("text").asString();
        assertThat(document.get("indicators").size()).isEqualTo(12);
        for (JsonNode indicator : document.get("indicators")) {
            JsonNode span = indicator.get("evidence");
            assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                    .isEqualTo(span.get("quote").asString())
                    .isEqualTo("import 1");
        }
        assertThat(text)
                .contains("import 1: indicator-values from values.csv, sha256 "
                        + report.get("sha256").asString());
        List<Integer> lines =
                jdbc.sql("""
                        select v.source_line from indicator_value v join hospital h on h.id = v.hospital_id
                        where h.slug = :slug order by v.source_line
                        """).param("slug", slugs.get(0)).query(Integer.class).list();
        assertThat(lines).containsExactly(2, 3, 4, 5);
        assertThat(api.get("/api/v1/hospitals/" + slugs.get(2)).status()).isEqualTo(200);
    }

    @Test
    void rejectsAFileWithBadRowsNamingTheirLinesAndImportsNothing() {
        String slug = hospitals(1).get(0);
        Map<String, Long> before = counts();
        String csv = VALUE_HEADER
                + slug + ",beds_open,2023,level,800,exact\n" // 2: fine
                + "no-such-hospital,beds_open,2023,level,800,exact\n" // 3
                + slug + ",beds_opened,2023,level,800,exact\n" // 4
                + slug + ",revenue,twenty,level,800,exact\n" // 5
                + slug + ",revenue,2023,target,800,exact\n" // 6
                + slug + ",revenue,2022,level,8OO,exact\n" // 7
                + slug + ",revenue,2021,level,800,roughly\n" // 8
                + slug + ",revenue,2020,level,800\n" // 9: a field short
                + "\n" // 10: blank, ignored
                + slug + ",revenue,2019,level,-5,exact\n"; // 11

        Api.Response response = post("/api/v1/imports/indicator-values?dataset=it-bad", csv);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-input");
        JsonNode errors = problem.get("errors");
        assertThat(errors.get(0).get("field").asString()).isEqualTo("file");
        assertThat(errors.get(0).get("message").asString()).startsWith("8 of 9 rows rejected, nothing was imported");
        assertThat(fields(errors))
                .containsExactly(
                        "file", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9", "line 11");
        assertThat(errors.get(1).get("message").asString()).isEqualTo("hospital_slug: no hospital 'no-such-hospital'");
        assertThat(errors.get(2).get("message").asString())
                .contains("indicator_code")
                .contains("beds_opened");
        assertThat(errors.get(3).get("message").asString()).startsWith("year:");
        assertThat(errors.get(4).get("message").asString()).startsWith("kind:");
        assertThat(errors.get(5).get("message").asString()).startsWith("value:");
        assertThat(errors.get(6).get("message").asString()).startsWith("qualifier:");
        assertThat(errors.get(7).get("message").asString()).contains("expected 6 fields");
        assertThat(errors.get(8).get("message").asString()).contains("negative");
        assertThat(counts()).isEqualTo(before);
    }

    /**
     * A first load of a dataset is written before it is checked; each refusal, alone in an otherwise good file,
     * must still be named with its line and reason, and leave nothing behind.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown hospital   | no-such-hospital,beds_open,2023,level,800,exact | hospital_slug: no hospital",
                "unknown indicator  | {slug},beds_opened,2023,level,800,exact        | indicator_code: no indicator",
                "year not a number  | {slug},revenue,twenty,level,800,exact          | year:",
                "year out of range  | {slug},revenue,1800,level,800,exact            | year: 1800 is outside",
                "kind               | {slug},revenue,2023,target,800,exact           | kind:",
                "value not a number | {slug},revenue,2022,level,8OO,exact            | value:",
                "value too large    | {slug},revenue,2022,level,1e30,exact           | value:",
                "value missing      | {slug},revenue,2022,level,,exact               | value:",
                "value NaN          | {slug},revenue,2022,level,NaN,exact            | value: NaN",
                "negative level     | {slug},revenue,2019,level,-5,exact             | value: -5 is negative",
                "qualifier          | {slug},revenue,2021,level,800,roughly          | qualifier:",
            })
    void aFirstLoadIsCheckedWhenItsWriteFailsOrLeavesRowsOut(String problem, String line, String reason) {
        String slug = hospitals(1).get(0);
        Map<String, Long> before = counts();
        String csv = VALUE_HEADER + slug + ",beds_open,2023,level,800,exact\n" + line.replace("{slug}", slug) + "\n";

        Api.Response response = post("/api/v1/imports/indicator-values?dataset=it-first-" + RUN.incrementAndGet(), csv);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(fields(errors)).containsExactly("file", "line 3");
        assertThat(errors.get(0).get("message").asString()).startsWith("1 of 2 rows rejected, nothing was imported");
        assertThat(errors.get(1).get("message").asString()).startsWith(reason);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void rejectsKeysRepeatedInTheFileWithBothLines() {
        String slug = hospitals(1).get(0);
        Map<String, Long> before = counts();
        String csv = VALUE_HEADER
                + slug + ",beds_open,2023,level,800,exact\n"
                + slug + ",beds_open,2022,level,790,exact\n"
                + slug + ",beds_open,2023,,810,exact\n"; // kind defaults to level: the same key as line 2

        Api.Response response = post("/api/v1/imports/indicator-values?dataset=it-dup", csv);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(fields(errors)).containsExactly("file", "line 4");
        assertThat(errors.get(1).get("message").asString()).startsWith("duplicate of line 2");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndSaysSo() {
        List<String> slugs = hospitals(2);
        StringBuilder csv = new StringBuilder(VALUE_HEADER);
        for (String slug : slugs) {
            csv.append(slug).append(",revenue,2023,level,123456789.5,approx\n");
            csv.append(slug).append(",revenue,2023,yoy_change_pct,-3.25,exact\n");
        }
        Api.Response first = post("/api/v1/imports/indicator-values?dataset=it-again", csv);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        String body = documentText("import-it-again");
        Map<String, Long> before = counts();

        Api.Response second = post("/api/v1/imports/indicator-values?dataset=it-again", csv);

        assertThat(second.status()).isEqualTo(200);
        JsonNode report = second.json();
        assertThat(report.get("inserted").asLong()).isZero();
        assertThat(report.get("updated").asLong()).isZero();
        assertThat(report.get("unchanged").asLong()).isEqualTo(4);
        assertThat(report.get("status").asString()).isEqualTo("unchanged");
        assertThat(report.get("sameFileImportedAt").isNull()).isFalse();
        assertThat(documentText("import-it-again")).isEqualTo(body);
        Map<String, Long> after = counts();
        assertThat(after.get("values")).isEqualTo(before.get("values"));
        assertThat(after.get("imports")).isEqualTo(before.get("imports") + 1); // the log records the run
    }

    @Test
    void aCorrectedFileUpdatesOnlyWhatChangedAndCitesItsOwnLine() {
        String slug = hospitals(1).get(0);
        String original =
                VALUE_HEADER + slug + ",beds_open,2023,level,800,exact\n" + slug + ",beds_open,2022,level,780,exact\n";
        String corrected =
                VALUE_HEADER + slug + ",beds_open,2022,level,780,exact\n" + slug + ",beds_open,2023,level,820,exact\n";
        assertThat(post("/api/v1/imports/indicator-values?dataset=it-fix", original)
                        .status())
                .isEqualTo(200);

        JsonNode report = post("/api/v1/imports/indicator-values?dataset=it-fix", corrected)
                .json();

        assertThat(report.get("inserted").asLong()).isZero();
        assertThat(report.get("updated").asLong()).isEqualTo(1);
        assertThat(report.get("unchanged").asLong()).isEqualTo(1);
        Map<String, Object> row = jdbc.sql("""
                        select v.value, v.quote, v.source_line from indicator_value v join hospital h on h.id = v.hospital_id
                        where h.slug = :slug and v.year = 2023
                        """).param("slug", slug).query().singleRow();
        assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("820");
        assertThat(row.get("quote")).isEqualTo("import 2");
        assertThat(row.get("source_line")).isEqualTo(3);
    }

    @Test
    void writesNeedTheApiKey() {
        Map<String, Long> before = counts();

        Api.Response response = api.post("/api/v1/imports/hospitals", CSV, "slug,name_zh\nbulk-it-nokey,无钥匙医院\n");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void namesUnknownAndMissingColumnsOfTheHeader() {
        Api.Response response =
                post("/api/v1/imports/indicator-values", "hospital,indicator_code,year,value\nx,y,2020,1\n");

        assertThat(response.status()).isEqualTo(400);
        String body = response.body();
        assertThat(body).contains("unknown column 'hospital'").contains("missing column 'hospital_slug'");
    }

    @Test
    void refusesTextThatIsNotUtf8FromItsLineOn() {
        String slug = hospitals(1).get(0);
        Map<String, Long> before = counts();
        byte[] head = (VALUE_HEADER + slug + ",beds_open,2023,level,800,exact\n" + slug + ",beds_open,2022,level,")
                .getBytes(StandardCharsets.UTF_8);
        byte[] gbk = {(byte) 0xC0, (byte) 0xFA, ',', 'e', 'x', 'a', 'c', 't', '\n'};
        byte[] body = new byte[head.length + gbk.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(gbk, 0, body, head.length, gbk.length);

        Api.Response response = api.post("/api/v1/imports/indicator-values?dataset=it-gbk", CSV, body, KEY);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(fields(errors)).contains("line 3");
        assertThat(response.body()).contains("not UTF-8");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void hospitalImportUpdatesBySlugAndNeverClearsAnAttribute() {
        String slug = "bulk-it-register-" + RUN.incrementAndGet();
        String first = "slug,name_zh,province,city,level,category,founded_year\n" + slug
                + ",批量测试市第九人民医院,湖南省,郴州市,三级甲等,综合,1950\n";
        String second = "slug,name_zh,province,level\n" + slug + ",批量测试市第九人民医院,湖南省,三级乙等\n";

        JsonNode created = post("/api/v1/imports/hospitals", first).json();
        JsonNode updated = post("/api/v1/imports/hospitals", second).json();
        JsonNode again = post("/api/v1/imports/hospitals", second).json();

        assertThat(created.get("inserted").asLong()).isEqualTo(1);
        assertThat(updated.get("updated").asLong()).isEqualTo(1);
        assertThat(again.get("unchanged").asLong()).isEqualTo(1);
        JsonNode hospital = api.get("/api/v1/hospitals/" + slug).json();
        assertThat(hospital.get("level").asString()).isEqualTo("三级乙等");
        assertThat(hospital.get("city").asString()).isEqualTo("郴州市");
        assertThat(hospital.get("foundedYear").asInt()).isEqualTo(1950);
    }

    @Test
    void hospitalImportWithoutOwnershipKeepsAStoredPrivate() {
        String slug = "bulk-it-private-" + RUN.incrementAndGet();
        String first = "slug,name_zh,ownership\n" + slug + ",批量测试市第十民营医院,private\n";
        String withoutColumn = "slug,name_zh,level\n" + slug + ",批量测试市第十民营医院,三级乙等\n";
        String emptyCell = "slug,name_zh,ownership\n" + slug + ",批量测试市第十民营医院,\n";

        assertThat(post("/api/v1/imports/hospitals", first).status()).isEqualTo(200);
        assertThat(post("/api/v1/imports/hospitals", withoutColumn)
                        .json()
                        .get("updated")
                        .asLong())
                .isEqualTo(1);
        assertThat(post("/api/v1/imports/hospitals", emptyCell)
                        .json()
                        .get("unchanged")
                        .asLong())
                .isEqualTo(1);

        JsonNode hospital = api.get("/api/v1/hospitals/" + slug).json();
        assertThat(hospital.get("ownership").asString()).isEqualTo("private");
        assertThat(hospital.get("level").asString()).isEqualTo("三级乙等");
        String newOne = "bulk-it-public-" + RUN.incrementAndGet();
        post("/api/v1/imports/hospitals", "slug,name_zh\n" + newOne + ",批量测试市第十一人民医院\n");
        assertThat(api.get("/api/v1/hospitals/" + newOne)
                        .json()
                        .get("ownership")
                        .asString())
                .isEqualTo("public");
    }

    @Test
    void indicatorImportWithoutQualifierKeepsAStoredApprox() {
        String slug = hospitals(1).get(0);
        String path = "/api/v1/imports/indicator-values?dataset=it-keep-qualifier";
        assertThat(post(path, VALUE_HEADER + slug + ",beds_open,2023,level,800,approx\n")
                        .status())
                .isEqualTo(200);

        // the same figure without the column, then a corrected figure with an empty cell
        JsonNode same = post(path, "hospital_slug,indicator_code,year,value\n" + slug + ",beds_open,2023,800\n")
                .json();
        JsonNode corrected =
                post(path, VALUE_HEADER + slug + ",beds_open,2023,level,820,\n").json();

        assertThat(same.get("unchanged").asLong()).isEqualTo(1);
        assertThat(corrected.get("updated").asLong()).isEqualTo(1);
        Map<String, Object> row = jdbc.sql("""
                        select v.value, v.qualifier from indicator_value v join hospital h on h.id = v.hospital_id
                        where h.slug = :slug and v.indicator_code = 'beds_open' and v.year = 2023
                        """).param("slug", slug).query().singleRow();
        assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("820");
        assertThat(row.get("qualifier")).isEqualTo("approx");
        // a new figure without one is exact
        assertThat(post(path, "hospital_slug,indicator_code,year,value\n" + slug + ",beds_open,2022,780\n")
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("""
                                select v.qualifier from indicator_value v join hospital h on h.id = v.hospital_id
                                where h.slug = :slug and v.indicator_code = 'beds_open' and v.year = 2022
                                """).param("slug", slug).query(String.class).single())
                .isEqualTo("exact");
    }

    @Test
    void pilotImportWithoutYearKeepsTheStoredYear() {
        String slug = hospitals(1).get(0);
        String path = "/api/v1/imports/reform-pilots?dataset=it-keep-year";
        String designation = "国家DRG付费试点医院";
        assertThat(post(
                                path,
                                "hospital_slug,designation,level,category,year\n" + slug + "," + designation
                                        + ",national,drg_dip_payment,2019\n")
                        .status())
                .isEqualTo(200);

        JsonNode withoutColumn = post(
                        path,
                        "hospital_slug,designation,level,category\n" + slug + "," + designation
                                + ",provincial,drg_dip_payment\n")
                .json();
        JsonNode emptyCell = post(
                        path,
                        "hospital_slug,designation,level,category,year\n" + slug + "," + designation
                                + ",provincial,drg_dip_payment,\n")
                .json();

        assertThat(withoutColumn.get("updated").asLong()).isEqualTo(1); // the level changed
        assertThat(emptyCell.get("unchanged").asLong()).isEqualTo(1);
        Map<String, Object> row = jdbc.sql("""
                        select p.level, p.year from reform_pilot p join hospital h on h.id = p.hospital_id
                        where h.slug = :slug and p.designation = :designation
                        """)
                .param("slug", slug)
                .param("designation", designation)
                .query()
                .singleRow();
        assertThat(row.get("level")).isEqualTo("provincial");
        assertThat(((Number) row.get("year")).intValue()).isEqualTo(2019);
    }

    @Test
    void consortiumImportWithoutEstablishedOnKeepsTheStoredDate() {
        String consortium = "bulk-it-dated-" + RUN.incrementAndGet();
        String name = "批量测试医共体" + RUN.get();
        String path = "/api/v1/imports/consortia?dataset=it-keep-date";
        assertThat(post(
                                path,
                                "slug,name,type,established_on\n" + consortium + "," + name
                                        + ",county_medical_community,2019-06\n")
                        .status())
                .isEqualTo(200);

        JsonNode withoutColumn = post(path, "slug,name,type\n" + consortium + "," + name + ",city_medical_group\n")
                .json();
        JsonNode emptyCell = post(
                        path, "slug,name,type,established_on\n" + consortium + "," + name + ",city_medical_group,\n")
                .json();

        assertThat(withoutColumn.get("updated").asLong()).isEqualTo(1); // the type changed
        assertThat(emptyCell.get("unchanged").asLong()).isEqualTo(1);
        Map<String, Object> row = jdbc.sql(
                        "select type, established_on, established_precision from consortium where slug = :slug")
                .param("slug", consortium)
                .query()
                .singleRow();
        assertThat(row.get("type")).isEqualTo("city_medical_group");
        assertThat(row.get("established_on")).hasToString("2019-06-01");
        assertThat(row.get("established_precision")).isEqualTo("month");
    }

    @Test
    void memberImportWithoutRoleKeepsTheStoredRole() {
        List<String> slugs = hospitals(2);
        String consortium = "bulk-it-led-" + RUN.incrementAndGet();
        String path = "/api/v1/imports/consortium-members?dataset=it-keep-role";
        assertThat(post(
                                "/api/v1/imports/consortia?dataset=it-keep-role",
                                "slug,name,type\n" + consortium + ",批量测试医疗集团" + RUN.get() + ",city_medical_group\n")
                        .status())
                .isEqualTo(200);
        assertThat(post(path, "consortium_slug,hospital_slug,role\n" + consortium + "," + slugs.get(0) + ",lead\n")
                        .status())
                .isEqualTo(200);

        JsonNode withoutColumn = post(
                        path,
                        "consortium_slug,hospital_slug\n" + consortium + "," + slugs.get(0) + "\n" + consortium + ","
                                + slugs.get(1) + "\n")
                .json();
        JsonNode emptyCell = post(
                        path, "consortium_slug,hospital_slug,role\n" + consortium + "," + slugs.get(0) + ",\n")
                .json();

        assertThat(withoutColumn.get("inserted").asLong()).isEqualTo(1); // only the new member
        assertThat(emptyCell.get("unchanged").asLong()).isEqualTo(1);
        List<String> roles =
                jdbc.sql("""
                        select h.slug || ':' || m.role from consortium_member m
                        join consortium c on c.id = m.consortium_id join hospital h on h.id = m.hospital_id
                        where c.slug = :slug order by h.slug
                        """).param("slug", consortium).query(String.class).list();
        assertThat(roles).containsExactly(slugs.get(0) + ":lead", slugs.get(1) + ":member");
    }

    @Test
    void headerWithThousandsOfColumnsIsRefusedBeforeReadingThemWithASmallAnswer() {
        String header = "slug,name_zh," + "x,".repeat(100_000) + "y\n";
        long started = System.nanoTime();
        Api.Response response = post("/api/v1/imports/hospitals", header + "a,b\n");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("header");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .startsWith("has 100003 columns; at most 64");
        assertThat(response.body().length()).isLessThan(2000);
        assertThat(millis).as("answered in %d ms", millis).isLessThan(5000);
    }

    @Test
    void manyUnknownColumnsUnderTheCapListAtMostFiftyProblems() {
        StringBuilder header = new StringBuilder("slug,name_zh");
        for (int i = 0; i < 60; i++) {
            header.append(",unknown_").append(i);
        }
        Api.Response response = post("/api/v1/imports/hospitals", header + "\n");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").size()).isEqualTo(50);
        assertThat(response.json().get("detail").asString()).endsWith("(and 10 more problems)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "indicator-values?dataset=it-digits-a|hospital_slug,indicator_code,year,value\\n{slug},beds_open,2023,1234567890123456789\\n",
                "indicator-values?dataset=it-digits-b|hospital_slug,indicator_code,year,value\\n{slug},beds_open,1234567890123456789,1\\n",
                "hospitals|slug,name_zh,founded_year\\n{slug},批量测试市十九位医院,1234567890123456789\\n",
                "reform-pilots|hospital_slug,designation,level,category,year\\n{slug},国家DRG付费试点医院,national,drg_dip_payment,1234567890123456789\\n",
                "consortia|slug,name,type,established_on\\n{slug}-group,十九位医联体,city_medical_group,1234567890123456789\\n"
            })
    void nineteenDigitFiguresInAnyFileAreRefusedByLineNeverA500(String path, String body) {
        String slug = hospitals(1).get(0);
        Map<String, Long> before = counts();
        Api.Response response =
                post("/api/v1/imports/" + path, body.replace("\\n", "\n").replace("{slug}", slug));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("line 2");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void hospitalImportRefusesANameThatBelongsToAnotherHospital() {
        String existing = jdbc.sql("select name_zh from hospital order by id limit 1")
                .query(String.class)
                .single();
        Map<String, Long> before = counts();

        Api.Response response = post("/api/v1/imports/hospitals", "slug,name_zh\nbulk-it-impostor," + existing + "\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("line 2").contains("is already the name of hospital");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void importsPilotsConsortiaAndMembersCitingTheDataset() {
        List<String> slugs = hospitals(2);
        String consortium = "bulk-it-group-" + RUN.incrementAndGet();
        String pilots = "hospital_slug,designation,level,category,year\n" + slugs.get(0)
                + ",国家DRG付费试点医院,national,drg_dip_payment,2019\n";
        String consortia = "slug,name,type,established_on\n" + consortium + ",批量测试医疗集团" + RUN.get()
                + ",city_medical_group,2019-06\n";
        String members = "consortium_slug,hospital_slug,role\n"
                + consortium + "," + slugs.get(0) + ",lead\n"
                + consortium + "," + slugs.get(1) + ",\n";

        assertThat(post("/api/v1/imports/reform-pilots?dataset=it-network", pilots)
                        .json()
                        .get("inserted")
                        .asLong())
                .isEqualTo(1);
        assertThat(post("/api/v1/imports/consortia?dataset=it-network", consortia)
                        .json()
                        .get("inserted")
                        .asLong())
                .isEqualTo(1);
        JsonNode report = post("/api/v1/imports/consortium-members?dataset=it-network", members)
                .json();
        assertThat(report.get("inserted").asLong()).isEqualTo(2);
        assertThat(post("/api/v1/imports/consortium-members?dataset=it-network", members)
                        .json()
                        .get("unchanged")
                        .asLong())
                .isEqualTo(2);

        Map<String, Object> row =
                jdbc.sql("""
                        select c.established_on, c.established_precision, d.slug as document, c.quote
                        from consortium c join source_document d on d.id = c.document_id where c.slug = :slug
                        """).param("slug", consortium).query().singleRow();
        assertThat(row.get("established_precision")).isEqualTo("month");
        assertThat(row.get("document")).isEqualTo("import-it-network");
        assertThat(row.get("quote")).isEqualTo("import 2");
        assertThat(jdbc.sql("select count(*) from consortium_member m join consortium c on c.id = m.consortium_id"
                                + " where c.slug = :slug and m.role = 'member'")
                        .param("slug", consortium)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theImportLogListsAcceptedImportsNewestFirst() {
        hospitals(1);

        JsonNode log = api.get("/api/v1/imports?size=5").json();

        assertThat(log.get("totalItems").asLong()).isPositive();
        assertThat(log.get("items").get(0).get("kind").asString()).isEqualTo("hospitals");
        assertThat(log.get("items").get(0).get("sha256").asString()).hasSize(64);
    }

    /** Imports {@code n} new hospitals and returns their slugs. */
    private List<String> hospitals(int n) {
        int run = RUN.incrementAndGet();
        StringBuilder csv = new StringBuilder("slug,name_zh,province,city,level,category\n");
        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String slug = "bulk-it-" + run + "-" + i;
            slugs.add(slug);
            csv.append(slug).append(",批量测试").append(run).append("市第").append(i).append("人民医院,湖南省,郴州市,二级甲等,综合\n");
        }
        Api.Response response = post("/api/v1/imports/hospitals", csv);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return slugs;
    }

    private Api.Response post(String path, CharSequence csv) {
        return api.post(path, CSV, csv.toString(), KEY);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "values", count("select count(*) from indicator_value"),
                "hospitals", count("select count(*) from hospital"),
                "documents", count("select count(*) from source_document"),
                "pilots", count("select count(*) from reform_pilot"),
                "imports", count("select count(*) from bulk_import"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String documentText(String slug) {
        return jdbc.sql("select body from source_document where slug = :slug")
                .param("slug", slug)
                .query(String.class)
                .single();
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
