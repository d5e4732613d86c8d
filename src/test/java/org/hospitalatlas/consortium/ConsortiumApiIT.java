package org.hospitalatlas.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.support.CompareFixture.ALPHA;
import static org.hospitalatlas.support.CompareFixture.BETA;
import static org.hospitalatlas.support.CompareFixture.COMMUNITY;
import static org.hospitalatlas.support.CompareFixture.DELTA;
import static org.hospitalatlas.support.CompareFixture.GROUP;

import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.web.Csv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ConsortiumApiIT {

    private static final String PROVINCE = "province=" + Api.encode(CompareFixture.PROVINCE);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        CompareFixture.ensure(jdbc);
    }

    @Test
    void listsConsortiaOfAProvinceWithLeadAndMemberCount() {
        Api.Response response = api.get("/api/v1/consortia?" + PROVINCE + "&sort=members");
        assertThat(response.status()).isEqualTo(200);
        JsonNode items = response.json().get("items");
        assertThat(items.size()).isEqualTo(2);
        JsonNode group = items.get(0);
        assertThat(group.get("slug").asString()).isEqualTo(GROUP);
        assertThat(group.get("memberCount").asInt()).isEqualTo(3);
        assertThat(group.get("lead").get("slug").asString()).isEqualTo(ALPHA);
        assertThat(group.get("establishedOn").asString()).isEqualTo("2021-06-01");
        assertThat(group.get("establishedPrecision").asString()).isEqualTo("month");
        assertThat(group.get("evidence").get("quote").asString()).contains("对比市医疗集团成立");
        assertThat(items.get(1).get("slug").asString()).isEqualTo(COMMUNITY);
    }

    @Test
    void filtersByType() {
        JsonNode body = api.get("/api/v1/consortia?" + PROVINCE + "&type=county_medical_community")
                .json();
        assertThat(body.get("items").size()).isEqualTo(1);
        assertThat(body.get("items").get(0).get("slug").asString()).isEqualTo(COMMUNITY);
    }

    @Test
    void oneConsortiumWithMembersAndRoles() {
        JsonNode body = api.get("/api/v1/consortia/" + GROUP).json();
        assertThat(body.get("name").asString()).isEqualTo("对比市医疗集团");
        assertThat(body.get("type").asString()).isEqualTo("city_medical_group");
        assertThat(body.get("lead").get("slug").asString()).isEqualTo(ALPHA);
        JsonNode members = body.get("members");
        assertThat(members.get(0).get("role").asString()).isEqualTo("lead");
        assertThat(members.get(0).get("hospital").get("slug").asString()).isEqualTo(ALPHA);
        assertThat(members.get(0).get("evidence").get("quote").asString()).isEqualTo("由对比市第一人民医院牵头");
        assertThat(members.findValuesAsString("slug")).containsExactlyInAnyOrder(ALPHA, BETA, DELTA);
    }

    @Test
    void comparesConsortiaWithTheirLeadsKeyFigures() {
        Api.Response response = api.get("/api/v1/consortia/compare?slugs=" + GROUP + "," + COMMUNITY);
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("leadIndicators").findValuesAsString("code")).startsWith("beds_open");
        JsonNode group = body.get("rows").get(0);
        assertThat(group.get("establishedYear").asInt()).isEqualTo(2021);
        assertThat(group.get("memberCount").asInt()).isEqualTo(3);
        assertThat(group.get("membersByRole").get("lead").asInt()).isEqualTo(1);
        assertThat(group.get("membersByRole").get("member").asInt()).isEqualTo(2);
        JsonNode beds = group.get("leadIndicators").get("beds_open");
        assertThat(beds.get("year").asInt()).isEqualTo(2022);
        assertThat(beds.get("value").decimalValue()).isEqualByComparingTo("1100");
        JsonNode community = body.get("rows").get(1);
        assertThat(community.get("lead").get("slug").asString()).isEqualTo(DELTA);
        assertThat(community.get("leadIndicators").get("beds_open").get("value").decimalValue())
                .isEqualByComparingTo("500");
        assertThat(community.get("leadIndicators").get("revenue").get("value").isNull())
                .isTrue();
    }

    @Test
    void comparisonAsCsv() {
        Csv csv = Csv.parse(api.get("/api/v1/consortia/compare?slugs=" + GROUP + "&indicators=beds_open&format=csv")
                .body());
        assertThat(csv.rows()).hasSize(1);
        assertThat(csv.rows().get(0).get("slug")).isEqualTo(GROUP);
        assertThat(csv.rows().get(0).get("membersByRole.member")).isEqualTo("2");
        assertThat(csv.rows().get(0).get("leadIndicators.beds_open.value")).isEqualTo("1100");
    }

    @Test
    void unknownConsortiumIsNotFoundWithCloseMatches() {
        Api.Response response = api.get("/api/v1/consortia/cmp-grop");
        assertThat(response.status()).isEqualTo(404);
        JsonNode problem = response.json();
        assertThat(problem.get("resource").asString()).isEqualTo("consortium");
        assertThat(problem.get("identifier").asString()).isEqualTo("cmp-grop");
        assertThat(problem.get("suggestions").get(0).asString()).isEqualTo(GROUP);

        Api.Response compared = api.get("/api/v1/consortia/compare?slugs=" + GROUP + ",cmp-nothing");
        assertThat(compared.status()).isEqualTo(404);
        assertThat(compared.json().get("identifier").asString()).isEqualTo("cmp-nothing");
    }

    @Test
    void malformedParametersAreAllListed() {
        JsonNode problem =
                api.get("/api/v1/consortia?sort=password&type=cartel&size=0").json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("sort", "type", "size");
        JsonNode compare = api.get("/api/v1/consortia/compare").json();
        assertThat(compare.get("errors").findValuesAsString("field")).containsExactly("slugs");
    }
}
