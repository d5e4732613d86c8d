package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DocumentApiIT {

    private static final String KEY_HEADER = "X-API-Key";

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
    void listsTheSeedDocumentsAsImported() {
        JsonNode body = api.get("/api/v1/documents?size=100").json();
        JsonNode seeds = body.get("items");
        assertThat(seeds.findValuesAsString("slug"))
                .contains(
                        "000_dbe0950c11f56caa",
                        "001_26141e5a5cc6b6a0",
                        "002_1130064ad3d7abf0",
                        "003_3d79a879c730272b",
                        "004_7e57440783979154");
        for (JsonNode item : seeds) {
            if (item.get("slug").asString().startsWith("00")) {
                assertThat(item.get("status").asString()).isEqualTo("imported");
            }
        }
    }

    @Test
    void seedDocumentCarriesManifestMetadataAndEvidence() {
        JsonNode body = api.get("/api/v1/documents/001_26141e5a5cc6b6a0").json();
        assertThat(body.get("document").get("publisher").asString()).isEqualTo("荆州市第一人民医院");
        assertThat(body.get("document").get("publishedOn").asString()).isEqualTo("2022-01-29");
        String text = body.get("text").asString();
        assertThat(body.get("indicators").size()).isPositive();
        for (JsonNode indicator : body.get("indicators")) {
            JsonNode span = indicator.get("evidence");
            assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                    .isEqualTo(span.get("quote").asString());
        }
    }

    @Test
    void aStatedYearOnYearChangeIsInPercentWhateverTheIndicatorsUnit() {
        JsonNode body = api.get("/api/v1/documents/000_dbe0950c11f56caa").json();
        int changes = 0;
        for (JsonNode indicator : body.get("indicators")) {
            if (indicator.get("kind").asString().equals("yoy_change_pct")) {
                changes++;
                assertThat(indicator.get("unit").asString())
                        .as(indicator.toString())
                        .isEqualTo("percent");
            }
        }
        assertThat(changes).isPositive(); // the seed states changes of costs and of the insurance fund's share
    }

    @Test
    void storesOpenBedsOfChenzhouWithTheirQuote() {
        JsonNode body = api.get("/api/v1/documents/000_dbe0950c11f56caa").json();
        JsonNode beds = null;
        for (JsonNode indicator : body.get("indicators")) {
            if (indicator.get("code").asString().equals("beds_open")
                    && indicator.get("year").asInt() == 2021) {
                beds = indicator;
            }
        }
        assertThat(beds).isNotNull();
        assertThat(beds.get("hospital").asString()).isEqualTo("郴州市第一人民医院");
        assertThat(beds.get("value").decimalValue()).isEqualByComparingTo("4340");
        assertThat(beds.get("evidence").get("quote").asString()).contains("4340张");
    }

    @Test
    void writesWithoutKeyAreUnauthorized() {
        Api.Response response = api.post("/api/v1/documents", "text/plain;charset=UTF-8", "2021年，某医院门诊人次10万。");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(KEY_HEADER);
    }

    @Test
    void postingTextCreatesOnceAndThenAnswersWithTheExistingDocument() {
        String text = "2023年，柳州市工人医院门诊人次达120.5万，出院人次6.1万，实际开放床位2100张。";
        long before = documentCount();
        Api.Response created = api.post(
                "/api/v1/documents?published_on=2024-01-10",
                "text/plain;charset=UTF-8",
                text,
                KEY_HEADER,
                IntegrationTest.API_KEY);
        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).startsWith("/api/v1/documents/doc-");
        assertThat(created.json().get("status").asString()).isEqualTo("created");
        assertThat(api.get(location).status()).isEqualTo(200);

        Api.Response again =
                api.post("/api/v1/documents", "text/plain;charset=UTF-8", text, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("unchanged");
        assertThat(again.header("Location")).isEqualTo(location);
        assertThat(documentCount()).isEqualTo(before + 1);
    }

    @Test
    void postingPlainTextTakesItsFirstLineAsTitle() {
        String text = "\n  南宁市第一人民医院2023年工作简报  \n2023年，南宁市第一人民医院出院人次9.3万。";
        Api.Response created =
                api.post("/api/v1/documents", "text/plain;charset=UTF-8", text, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(created.status()).isIn(200, 201);
        assertThat(created.json().get("document").get("title").asString()).isEqualTo("南宁市第一人民医院2023年工作简报");
        String slug = created.json().get("document").get("slug").asString();
        assertThat(api.get("/api/v1/documents/" + slug)
                        .json()
                        .get("document")
                        .get("title")
                        .asString())
                .isEqualTo("南宁市第一人民医院2023年工作简报");

        Api.Response titled = api.post(
                "/api/v1/documents?title=" + Api.encode("南宁市简报"),
                "text/plain;charset=UTF-8",
                "第一行不是标题\n2023年，南宁市第二人民医院出院人次5.1万。",
                KEY_HEADER,
                IntegrationTest.API_KEY);
        assertThat(titled.json().get("document").get("title").asString()).isEqualTo("南宁市简报");
    }

    @Test
    void postingJsonKeepsItsMetadata() {
        String body = """
                {"slug": "json-doc-1", "title": "绵阳市中心医院简报", "publisher": "绵阳市中心医院",
                 "published_on": "2023-03-01", "text": "2022年，绵阳市中心医院出院人次8.2万。"}""";
        Api.Response response =
                api.post("/api/v1/documents", "application/json", body, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(response.status()).isIn(200, 201);
        JsonNode document = response.json().get("document");
        assertThat(document.get("slug").asString()).isEqualTo("json-doc-1");
        assertThat(document.get("title").asString()).isEqualTo("绵阳市中心医院简报");
        assertThat(document.get("publishedOn").asString()).isEqualTo("2023-03-01");
    }

    @Test
    void rejectsBadJsonFieldsNamingEachAndStoresNothing() {
        long before = documentCount();
        Api.Response response = api.post(
                "/api/v1/documents",
                "application/json",
                "{\"published_on\": \"14/09/2022\", \"slug\": \"Bad Slug\", \"text\": \"\"}",
                KEY_HEADER,
                IntegrationTest.API_KEY);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("published_on", "slug", "text");
        assertThat(documentCount()).isEqualTo(before);
    }

    @Test
    void storesTheRestOfADocumentWhenAPilotHasNoLevelWord() {
        String text = "2022年，宿迁市第一人民医院入选公立医院高质量发展试点医院。2022年，宿迁市第一人民医院实际开放床位1500张。";
        Api.Response response =
                api.post("/api/v1/documents", "text/plain;charset=UTF-8", text, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(response.status()).isIn(200, 201);
        assertThat(response.json()
                        .get("document")
                        .get("counts")
                        .get("indicators")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void rejectsEmptyBody() {
        Api.Response response =
                api.post("/api/v1/documents", "text/plain;charset=UTF-8", "  \n", KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
    }

    @Test
    void rejectsNonUtf8Body() {
        long before = documentCount();
        byte[] gbk = "2021年，某市人民医院门诊人次10万。".getBytes(Charset.forName("GBK"));
        Api.Response response = api.post("/api/v1/documents", "text/plain", gbk, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("title").asString()).isEqualTo("Not a UTF-8 text document");
        assertThat(documentCount()).isEqualTo(before);
    }

    @Test
    void rejectsBinaryBody() {
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7 == 0 ? 0 : 'a');
        }
        Api.Response response =
                api.post("/api/v1/documents", "text/plain", binary, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(response.status()).isEqualTo(415);
    }

    @Test
    void rejectsOversizedBody() {
        long before = documentCount();
        char[] chars = new char[1_100_000];
        Arrays.fill(chars, 'a');
        byte[] body = new String(chars).getBytes(StandardCharsets.UTF_8);
        Api.Response response = api.post("/api/v1/documents", "text/plain", body, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("status").asInt()).isEqualTo(413);
        assertThat(documentCount()).isEqualTo(before);
    }

    @Test
    void extractionRunsWithoutStoring() {
        long before = documentCount();
        Api.Response response = api.post(
                "/api/v1/extractions?published_on=2022-05-01",
                "text/plain;charset=UTF-8",
                "2021年，德阳市人民医院实际开放床位1800张，门诊人次150.2万。");
        assertThat(response.status()).isEqualTo(200);
        JsonNode facts = response.json();
        assertThat(facts.get("indicators").findValuesAsString("code")).contains("beds_open", "outpatient_visits");
        assertThat(documentCount()).isEqualTo(before);
    }

    @Test
    void unknownDocumentIsNotFound() {
        Api.Response response = api.get("/api/v1/documents/no-such-document");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("identifier").asString()).isEqualTo("no-such-document");
    }

    private long documentCount() {
        return jdbc.sql("select count(*) from source_document")
                .query(Long.class)
                .single();
    }
}
