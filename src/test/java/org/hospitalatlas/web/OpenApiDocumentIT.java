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

    private static final String CHENZHOU = "chen-zhou-shi-di-yi-ren-min-yi-yuan";

    /** A JSON object's property names, in order. */
    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
