package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class OpenApiDocumentIT {

    @LocalServerPort
    int port;

    @Test
    void everyEndpointIsDocumentedWithATagAndASummary() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/compare",
                        "/api/v1/compare/matrix",
                        "/api/v1/compare/indicators",
                        "/api/v1/indicators/{code}/ranking",
                        "/api/v1/hospitals/{slug}/indicators",
                        "/api/v1/hospitals/{slug}/profile",
                        "/api/v1/reform-pilots",
                        "/api/v1/reform-pilots/timeline",
                        "/api/v1/consortia",
                        "/api/v1/consortia/{slug}",
                        "/api/v1/consortia/compare",
                        "/api/v1/coverage",
                        "/api/v1/hospitals",
                        "/api/v1/documents",
                        "/api/v1/indicators");
        List<String> undocumented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode summary = operation.getValue().get("summary");
                JsonNode tags = operation.getValue().get("tags");
                if (summary == null || summary.asString().isBlank() || tags == null || tags.isEmpty()) {
                    undocumented.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void listsAndComparisonsDocumentTheirCsvForm() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        for (String path : List.of(
                "/api/v1/compare",
                "/api/v1/compare/matrix",
                "/api/v1/indicators/{code}/ranking",
                "/api/v1/reform-pilots",
                "/api/v1/consortia",
                "/api/v1/coverage",
                "/api/v1/hospitals",
                "/api/v1/documents",
                "/api/v1/indicators")) {
            JsonNode get = paths.get(path).get("get");
            assertThat(get.get("parameters").findValuesAsString("name"))
                    .as(path)
                    .contains("format");
            assertThat(get.get("responses").get("200").get("content").has("text/csv"))
                    .as(path)
                    .isTrue();
        }
    }

    @Test
    void comparisonCarriesAnExampleForDashboardAuthors() {
        JsonNode compare = new Api(port)
                .get("/v3/api-docs")
                .json()
                .get("paths")
                .get("/api/v1/compare")
                .get("get");
        JsonNode json = compare.get("responses").get("200").get("content").get("application/json");
        JsonNode example = json.get("examples").values().iterator().next().get("value");
        if (example.isString()) {
            example = JsonMapper.builder().build().readTree(example.asString());
        }
        // the example is made up, but shaped like a real answer, field for field
        JsonNode real = new Api(port)
                .get("/api/v1/compare?indicator=beds_open&year=2021&hospitals=" + CHENZHOU)
                .json();
        assertThat(fields(example)).isEqualTo(fields(real));
        assertThat(fields(example.get("indicator"))).isEqualTo(fields(real.get("indicator")));
        JsonNode exampleRow = example.get("rows").get(0);
        JsonNode realRow = real.get("rows").get(0);
        assertThat(fields(exampleRow)).isEqualTo(fields(realRow));
        assertThat(fields(exampleRow.get("hospital"))).isEqualTo(fields(realRow.get("hospital")));
        assertThat(fields(exampleRow.get("evidence").get(0)))
                .isEqualTo(fields(realRow.get("evidence").get(0)));
        JsonNode evidence = exampleRow.get("evidence").get(0);
        assertThat(evidence.get("quote").asString())
                .hasSize(evidence.get("end").asInt() - evidence.get("start").asInt());
        assertThat(json.get("schema").toString()).contains("IndicatorComparison");
        assertThat(compare.get("parameters").findValuesAsString("name")).contains("indicator", "hospitals", "year");
    }

    @Test
    void everyEndpointAnsweringFactsDocumentsMinConfidence() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        for (String path : List.of(
                "/api/v1/compare",
                "/api/v1/compare/matrix",
                "/api/v1/indicators/{code}/ranking",
                "/api/v1/hospitals/{slug}/indicators",
                "/api/v1/hospitals/{slug}/profile",
                "/api/v1/coverage",
                "/api/v1/reform-pilots",
                "/api/v1/reform-pilots/timeline",
                "/api/v1/consortia",
                "/api/v1/consortia/compare",
                "/api/v1/consortia/{slug}",
                "/api/v1/documents/{slug}")) {
            JsonNode parameter = null;
            for (JsonNode candidate : paths.get(path).get("get").get("parameters")) {
                if (candidate.get("name").asString().equals("min_confidence")) {
                    parameter = candidate;
                }
            }
            assertThat(parameter).as(path).isNotNull();
            assertThat(parameter.get("in").asString()).isEqualTo("query");
            assertThat(parameter.get("description").asString()).as(path).contains("confidence", "0 to 1");
            assertThat(parameter.get("schema").get("type").asString()).isEqualTo("number");
            assertThat(parameter.get("schema").get("minimum").asInt()).isZero();
            assertThat(parameter.get("schema").get("maximum").asInt()).isEqualTo(1);
        }
    }

    @Test
    void declaresTheApiKeyHeaderAsASecurityScheme() {
        JsonNode document = new Api(port).get("/v3/api-docs").json();
        JsonNode scheme = document.get("components").get("securitySchemes").get("apiKey");
        assertThat(scheme.get("type").asString()).isEqualTo("apiKey");
        assertThat(scheme.get("in").asString()).isEqualTo("header");
        assertThat(scheme.get("name").asString()).isEqualTo("X-API-Key");
        // no document-wide requirement: reads stay open in Swagger UI
        assertThat(document.has("security")).isFalse();
    }

    @Test
    void everyWriteNeedsTheApiKeyAndNoReadNorTheExtractorDoes() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        List<String> guarded = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                boolean write = WRITE_METHODS.contains(operation.getKey())
                        && !path.getKey().startsWith("/api/v1/extractions");
                JsonNode security = operation.getValue().get("security");
                boolean keyed = security != null
                        && security.size() == 1
                        && security.get(0).has("apiKey")
                        && security.get(0).size() == 1;
                if (keyed) {
                    guarded.add(name);
                }
                if (write != keyed || (!write && security != null)) {
                    wrong.add(name);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(guarded)
                .contains(
                        "POST /api/v1/documents",
                        "POST /api/v1/imports/hospitals",
                        "POST /api/v1/imports/indicator-values",
                        "POST /api/v1/imports/reform-pilots",
                        "POST /api/v1/imports/consortia",
                        "POST /api/v1/imports/consortium-members");
    }

    @Test
    void everyWriteAndTheExtractorDeclareTheirRequestBody() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        Map<String, List<String>> expected = Map.of(
                "/api/v1/documents", List.of("text/plain", "application/json"),
                "/api/v1/extractions", List.of("text/plain", "application/json"),
                "/api/v1/imports/hospitals", List.of("text/csv", "text/plain"),
                "/api/v1/imports/indicator-values", List.of("text/csv", "text/plain"),
                "/api/v1/imports/reform-pilots", List.of("text/csv", "text/plain"),
                "/api/v1/imports/consortia", List.of("text/csv", "text/plain"),
                "/api/v1/imports/consortium-members", List.of("text/csv", "text/plain"));
        for (Map.Entry<String, List<String>> path : expected.entrySet()) {
            JsonNode body = paths.get(path.getKey()).get("post").get("requestBody");
            assertThat(body).as(path.getKey()).isNotNull();
            assertThat(body.get("required").asBoolean()).as(path.getKey()).isTrue();
            JsonNode content = body.get("content");
            assertThat(fields(content)).as(path.getKey()).containsExactlyInAnyOrderElementsOf(path.getValue());
            for (String mediaType : path.getValue()) {
                assertThat(content.get(mediaType).has("schema"))
                        .as(path.getKey() + " " + mediaType)
                        .isTrue();
            }
            assertThat(content.findValues("examples")).as(path.getKey()).isNotEmpty();
        }
        JsonNode extractionParameters =
                paths.get("/api/v1/extractions").get("post").get("parameters");
        assertThat(extractionParameters.findValuesAsString("name")).containsExactly("published_on");
        assertThat(extractionParameters.get(0).get("description").asString()).contains("text/plain");
    }

    @Test
    void csvImportExamplesNameTheColumnsTheImporterReads() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        Map<String, String> headers = Map.of(
                "hospitals", "slug,name_zh,",
                "indicator-values", "hospital_slug,indicator_code,year,value,",
                "reform-pilots", "hospital_slug,designation,level,category,year",
                "consortia", "slug,name,type,established_on",
                "consortium-members", "consortium_slug,hospital_slug,role");
        for (Map.Entry<String, String> kind : headers.entrySet()) {
            JsonNode post = paths.get("/api/v1/imports/" + kind.getKey()).get("post");
            String example = post.get("requestBody")
                    .get("content")
                    .get("text/csv")
                    .get("examples")
                    .values()
                    .iterator()
                    .next()
                    .get("value")
                    .asString();
            assertThat(example).as(kind.getKey()).startsWith(kind.getValue());
            assertThat(example.lines()).as(kind.getKey()).hasSizeGreaterThan(1);
            assertThat(post.get("description").asString()).as(kind.getKey()).startsWith("Columns: ");
        }
    }

    @Test
    void documentJsonBodyHasItsSchemaAndAnExample() {
        JsonNode document = new Api(port).get("/v3/api-docs").json();
        JsonNode json = document.get("paths")
                .get("/api/v1/documents")
                .get("post")
                .get("requestBody")
                .get("content")
                .get("application/json");
        assertThat(json.get("schema").get("$ref").asString()).endsWith("/NewDocumentJson");
        JsonNode schema = document.get("components").get("schemas").get("NewDocumentJson");
        assertThat(fields(schema.get("properties")))
                .containsExactlyInAnyOrder("text", "slug", "title", "publisher", "published_on", "origin_url");
        assertThat(schema.get("required").get(0).asString()).isEqualTo("text");
        String example =
                json.get("examples").values().iterator().next().get("value").toString();
        assertThat(example).contains("published_on", "text");
    }

    @Test
    void theExtractorAcceptsItsOwnExamplesAsSwaggerUiSendsThem() {
        Api api = new Api(port);
        JsonNode content = api.get("/v3/api-docs")
                .json()
                .get("paths")
                .get("/api/v1/extractions")
                .get("post")
                .get("requestBody")
                .get("content");
        for (String mediaType : List.of("text/plain", "application/json")) {
            JsonNode example = content.get(mediaType)
                    .get("examples")
                    .values()
                    .iterator()
                    .next()
                    .get("value");
            String body = example.isString() ? example.asString() : example.toString();
            Api.Response response = api.post("/api/v1/extractions", mediaType + ";charset=UTF-8", body);
            assertThat(response.status()).as(mediaType + ": " + response.body()).isEqualTo(200);
            assertThat(response.json().has("indicators")).as(mediaType).isTrue();
        }
    }

    /**
     * What Swagger UI does after Authorize: the key in the header the security scheme names, the body from the
     * operation's example for each media type. Both store a document (withdrawn again, so nothing stays behind).
     */
    @Test
    void swaggerUiCanPostADocumentWithTheKey() {
        Api api = new Api(port);
        JsonNode document = api.get("/v3/api-docs").json();
        JsonNode post = document.get("paths").get("/api/v1/documents").get("post");
        String scheme = post.get("security").get(0).propertyNames().iterator().next();
        String header = document.get("components")
                .get("securitySchemes")
                .get(scheme)
                .get("name")
                .asString();
        JsonNode content = post.get("requestBody").get("content");
        for (String mediaType : List.of("text/plain", "application/json")) {
            JsonNode example = content.get(mediaType)
                    .get("examples")
                    .values()
                    .iterator()
                    .next()
                    .get("value");
            String body = example.isString() ? example.asString() : example.toString();

            Api.Response refused = api.post("/api/v1/documents", mediaType + ";charset=UTF-8", body);
            assertThat(refused.status()).as(mediaType + " without the key").isEqualTo(401);

            Api.Response stored =
                    api.post("/api/v1/documents", mediaType + ";charset=UTF-8", body, header, IntegrationTest.API_KEY);
            assertThat(stored.status()).as(mediaType + ": " + stored.body()).isEqualTo(201);
            String location = stored.header("Location");
            assertThat(location).contains("/api/v1/documents/");
            String path = location.substring(location.indexOf("/api/v1/documents/"));
            assertThat(api.get(path).status()).isEqualTo(200);
            assertThat(api.delete(path, header, IntegrationTest.API_KEY).status())
                    .isEqualTo(200);
        }
    }

    private static final List<String> WRITE_METHODS = List.of("post", "put", "patch", "delete");

    private static final String CHENZHOU = "chen-zhou-shi-di-yi-ren-min-yi-yuan";

    /** A JSON object's property names, in order. */
    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
