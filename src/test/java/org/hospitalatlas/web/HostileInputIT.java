package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.assertj.core.api.SoftAssertions;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Input an attacker would send (issue 11, finding 4): control characters in query parameters, figures beyond
 * the database's range in posted documents, thousands of digits in the extractor's answer. Each is a 4xx
 * problem+json naming the input, or is left out, and never a 500 with a stack trace in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIT {

    private static final String KEY_HEADER = "X-API-Key";
    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    /** A hospital of this class's own, so its documents change no other test's counts. */
    private static final String HOSPITAL = "攀枝花市中心医院";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void nulInEveryGetQueryParameterAnswersProblemNamingIt(CapturedOutput output) {
        List<Endpoint> endpoints = getEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(15);
        SoftAssertions soft = new SoftAssertions();
        int parameters = 0;
        for (Endpoint endpoint : endpoints) {
            for (String parameter : endpoint.parameters()) {
                for (String hostile : List.of("\0", "湖北\0", "a\u0001b", "\u001b[31m")) {
                    Api.Response response = api.get(endpoint.path() + "?" + parameter + "=" + Api.encode(hostile));
                    String request = endpoint.path() + "?" + parameter + "=" + escaped(hostile);
                    soft.assertThat(response.status()).as(request).isEqualTo(400);
                    soft.assertThat(response.header("Content-Type")).as(request).startsWith("application/problem+json");
                    if (response.status() == 400) {
                        JsonNode errors = response.json().path("errors");
                        soft.assertThat(errors.isArray())
                                .as(request + " " + response.body())
                                .isTrue();
                        soft.assertThat(errors.findValuesAsString("field"))
                                .as(request)
                                .containsExactly(parameter);
                        soft.assertThat(errors.path(0).path("message").asString(""))
                                .as(request)
                                .contains("control characters");
                    }
                }
                parameters++;
            }
        }
        soft.assertAll();
        assertThat(parameters).isGreaterThan(50);
        assertThat(output.getAll()).doesNotContain("Unhandled error").doesNotContain("invalid byte sequence");
    }

    @Test
    void controlCharactersInSeveralParametersAreListedTogether() {
        Api.Response response = api.get("/api/v1/indicators/beds_open/ranking?province=%00&category=x%07&year=1800");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("province", "category");
    }

    @Test
    void tabAndNewlineAreStillText() {
        Api.Response response = api.get("/api/v1/hospitals?name=" + Api.encode("中心\t医院\r\n"));
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void controlCharacterInAParameterNameIsNamedEscaped() {
        Api.Response response = api.get("/api/v1/hospitals?na%00me=x");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("na\\u0000me");
        assertThat(response.body()).doesNotContain("\u0000");
    }

    @Test
    void nulInDocumentMetadataIsRefusedNamingTheField() {
        Api.Response asQuery = api.post(
                "/api/v1/documents?title=" + Api.encode("简报\0"),
                "text/plain;charset=UTF-8",
                "2023年，" + HOSPITAL + "出院人次1.1万。",
                KEY_HEADER,
                IntegrationTest.API_KEY);
        assertThat(asQuery.status()).isEqualTo(400);
        assertThat(asQuery.json().get("errors").findValuesAsString("field")).containsExactly("title");

        Api.Response asJson =
                api.post("/api/v1/documents", "application/json", """
                {"title": "简报", "publisher": "x\\u0000", "origin_url": "https://example.org/\\u0007",
                 "text": "2023年，攀枝花市中心医院出院人次1.2万。"}""", KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(asJson.status()).isEqualTo(400);
        assertThat(asJson.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("publisher", "origin_url");
    }

    @Test
    void originUrlMustBeAnHttpAddress() {
        for (String url : List.of(
                "javascript:alert(1)",
                "JavaScript:alert(document.cookie)",
                "data:text/html;base64,PHNjcmlwdD4=",
                "file:///etc/passwd",
                "vbscript:msgbox",
                "ftp://example.org/a.txt",
                "//evil.example/x",
                "https:///no-host",
                "not a url")) {
            Api.Response asJson = api.post(
                    "/api/v1/documents",
                    "application/json",
                    "{\"origin_url\": " + JSON.valueToTree(url) + ", \"text\": \"2023年，" + HOSPITAL + "出院人次1.3万。\"}",
                    KEY_HEADER,
                    IntegrationTest.API_KEY);
            assertThat(asJson.status()).as(url).isEqualTo(400);
            assertThat(asJson.json().get("errors").findValuesAsString("field"))
                    .as(url)
                    .containsExactly("origin_url");

            Api.Response asQuery = api.post(
                    "/api/v1/documents?origin_url=" + Api.encode(url),
                    "text/plain;charset=UTF-8",
                    "2023年，" + HOSPITAL + "出院人次1.4万。",
                    KEY_HEADER,
                    IntegrationTest.API_KEY);
            assertThat(asQuery.status()).as(url).isEqualTo(400);
            assertThat(asQuery.json().get("errors").findValuesAsString("field"))
                    .as(url)
                    .containsExactly("origin_url");
        }
        Api.Response good = api.post(
                "/api/v1/documents?origin_url=" + Api.encode("https://www.example.gov.cn/news/1.html"),
                "text/plain;charset=UTF-8",
                "2023年，" + HOSPITAL + "出院人次1.5万。",
                KEY_HEADER,
                IntegrationTest.API_KEY);
        assertThat(good.status()).as(good.body()).isEqualTo(201);
    }

    @Test
    void figureBeyondTheStoredRangeIsLeftOutAndTheDocumentStored(CapturedOutput output) {
        String text = "2023年，" + HOSPITAL + "实际开放床位1234567890123456789012张，门诊人次12345678901234567万，" + "出院人次6.3万。";
        Api.Response response =
                api.post("/api/v1/documents", "text/plain;charset=UTF-8", text, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(response.status()).as(response.body()).isEqualTo(201);

        JsonNode document = api.get(response.header("Location")).json();
        assertThat(document.get("indicators").findValuesAsString("code")).containsExactly("discharges");
        assertThat(document.get("indicators").get(0).get("value").decimalValue())
                .isEqualByComparingTo("63000");
        assertThat(output.getAll()).doesNotContain("Unhandled error");
    }

    @Test
    void largestStorableFigureIsStored() {
        String text = "2022年，" + HOSPITAL + "门诊人次999999999999999999人次。";
        Api.Response response =
                api.post("/api/v1/documents", "text/plain;charset=UTF-8", text, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode document = api.get(response.header("Location")).json();
        assertThat(document.get("indicators").get(0).get("value").decimalValue())
                .isEqualByComparingTo("999999999999999999");
    }

    @Test
    void extractionNeverAnswersThousandsOfDigitsAsANumber() {
        String text = "2023年，" + HOSPITAL + "实际开放床位" + "9".repeat(5000) + "张，出院人次6.3万。";
        Api.Response response = api.post("/api/v1/extractions", "text/plain;charset=UTF-8", text);
        assertThat(response.status()).isEqualTo(200);

        Map<String, JsonNode> byCode = new java.util.HashMap<>();
        response.json().get("indicators").forEach(i -> byCode.put(i.get("code").asString(), i));
        assertThat(byCode.get("beds_open").get("value").isNull()).isTrue();
        assertThat(byCode.get("beds_open").get("quote").asString()).contains("9".repeat(5000));
        assertThat(byCode.get("discharges").get("value").decimalValue()).isEqualByComparingTo("63000");
    }

    @Test
    void aVeryLongQueryLeavesTheLinkHeaderOutInsteadOfOverflowingTheHeaders() {
        Api.Response response = api.get("/api/v1/hospitals?size=1&unused=" + "x".repeat(3000));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Link")).isNull();
        assertThat(response.header("X-Total-Count")).isNotNull();
        assertThat(api.get("/api/v1/hospitals?size=1").header("Link")).contains("rel=\"next\"");
    }

    /**
     * Random and hostile values (jqwik's generators) for every query parameter of every GET endpoint the
     * OpenAPI document lists: whatever the value, the answer is never a 5xx.
     */
    @Test
    void noGetParameterValueAnswersAServerError(CapturedOutput output) {
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\0', '\u007f').ofMaxLength(20),
                Arbitraries.strings()
                        .numeric()
                        .withChars("-.eE+")
                        .ofMinLength(1)
                        .ofMaxLength(400),
                Arbitraries.of(
                        "%",
                        "'",
                        "\"",
                        "\\",
                        "' or 1=1 --",
                        "latest",
                        "-1",
                        "2147483648",
                        "1e400",
                        "NaN",
                        "0x10",
                        ",,,,",
                        "a,".repeat(100),
                        "\uFFFF",
                        "\uD800",
                        "𝕏",
                        "\u202E",
                        " ",
                        "x".repeat(3000)));
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : getEndpoints()) {
            for (String parameter : endpoint.parameters()) {
                Stream.concat(Stream.of("\0"), values.sampleStream().limit(6)).forEach(value -> {
                    Api.Response response = api.get(endpoint.path() + "?" + parameter + "=" + Api.encode(value));
                    if (response.status() >= 500) {
                        failures.add(
                                response.status() + " " + endpoint.path() + "?" + parameter + "=" + escaped(value));
                    }
                });
            }
        }
        assertThat(failures).isEmpty();
        assertThat(output.getAll()).doesNotContain("Unhandled error");
    }

    /** A GET path with its path variables filled in with existing resources, and its query parameters. */
    record Endpoint(String path, List<String> parameters) {}

    private List<Endpoint> getEndpoints() {
        return getEndpoints(api);
    }

    /** Every GET endpoint of the OpenAPI document under /api/, path variables filled, with its query parameters. */
    static List<Endpoint> getEndpoints(Api api) {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        Map<String, String> slugs = Map.of(
                "/api/v1/hospitals/", firstSlug(api, "/api/v1/hospitals"),
                "/api/v1/consortia/", firstSlug(api, "/api/v1/consortia"),
                "/api/v1/documents/", firstSlug(api, "/api/v1/documents"),
                "/api/v1/indicators/", "beds_open");
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null || !path.getKey().startsWith("/api/")) {
                continue;
            }
            String filled = path.getKey();
            for (Map.Entry<String, String> slug : slugs.entrySet()) {
                if (filled.startsWith(slug.getKey() + "{")) {
                    filled = filled.replaceFirst("\\{[^}]+}", slug.getValue());
                }
            }
            List<String> parameters = new ArrayList<>();
            if (get.has("parameters")) {
                for (JsonNode parameter : get.get("parameters")) {
                    if (parameter.get("in").asString().equals("query")) {
                        parameters.add(parameter.get("name").asString());
                    }
                }
            }
            endpoints.add(new Endpoint(filled, parameters));
        }
        return endpoints;
    }

    private static String firstSlug(Api api, String list) {
        return api.get(list + "?size=1").json().get("items").get(0).get("slug").asString();
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().limit(60).forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : (char) c));
        return value.length() > 60 ? out + "…(" + value.length() + " chars)" : out.toString();
    }
}
