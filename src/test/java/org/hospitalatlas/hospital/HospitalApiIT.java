package org.hospitalatlas.hospital;

import static org.assertj.core.api.Assertions.assertThat;

import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class HospitalApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        // A province of our own, so these rows never mix with hospitals loaded from the seeds.
        jdbc.sql("""
                        insert into hospital (slug, name_zh, province, city, level, category)
                        values ('api-a', '甲市第一人民医院', '测试省', '甲市', '三级甲等', '综合'),
                               ('api-b', '甲市中医院', '测试省', '甲市', '三级甲等', '中医'),
                               ('api-c', '乙县人民医院', '测试省', '乙市', '二级甲等', '综合')
                        on conflict (slug) do nothing
                        """).update();
        jdbc.sql("""
                        insert into hospital_alias (hospital_id, alias)
                        select id, '甲市一医院' from hospital where slug = 'api-a'
                        on conflict (alias) do nothing
                        """).update();
    }

    @Test
    void filtersByProvincePrefixAndLevel() {
        Api.Response response = api.get(
                "/api/v1/hospitals?province=" + Api.encode("测试") + "&level=" + Api.encode("三级甲等") + "&sort=name");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("totalItems").asLong()).isEqualTo(2);
        assertThat(body.get("items").findValuesAsString("slug")).containsExactlyInAnyOrder("api-a", "api-b");
    }

    @Test
    void findsHospitalByAliasSubstring() {
        JsonNode body = api.get("/api/v1/hospitals?name=" + Api.encode("甲市一医")).json();
        assertThat(body.get("items").findValuesAsString("slug")).containsExactly("api-a");
    }

    @Test
    void pagesWithTotals() {
        JsonNode body = api.get("/api/v1/hospitals?province=" + Api.encode("测试省") + "&size=2&page=1&sort=name")
                .json();
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("size").asInt()).isEqualTo(2);
        assertThat(body.get("totalItems").asLong()).isEqualTo(3);
        assertThat(body.get("totalPages").asInt()).isEqualTo(2);
        assertThat(body.get("items").size()).isEqualTo(1);
    }

    @Test
    void returnsOneHospitalWithAliases() {
        Api.Response response = api.get("/api/v1/hospitals/api-a");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("name").asString()).isEqualTo("甲市第一人民医院");
        assertThat(response.json().get("aliases").get(0).asString()).isEqualTo("甲市一医院");
    }

    @Test
    void unknownSlugIsNotFoundProblemWithSuggestions() {
        Api.Response response = api.get("/api/v1/hospitals/api-z");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asString()).isEqualTo("Not found");
        assertThat(problem.get("detail").asString()).contains("api-z");
        assertThat(problem.get("identifier").asString()).isEqualTo("api-z");
        assertThat(problem.get("suggestions").findValuesAsString("")).isEmpty();
        assertThat(problem.get("suggestions").get(0).asString()).startsWith("api-");
    }

    @Test
    void oversizedPageIsBadRequestNamingTheParameter() {
        Api.Response response = api.get("/api/v1/hospitals?size=10000&page=-1");
        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("size", "page");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void listsEveryBadParameterAtOnce() {
        Api.Response response = api.get("/api/v1/hospitals?sort=password&size=10000&page=x");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("sort", "size", "page");
    }

    @Test
    void unknownSortFieldIsBadRequest() {
        Api.Response response = api.get("/api/v1/hospitals?sort=password");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .contains("name");
    }
}
