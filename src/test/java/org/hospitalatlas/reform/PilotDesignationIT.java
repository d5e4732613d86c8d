package org.hospitalatlas.reform;

import static org.assertj.core.api.Assertions.assertThat;

import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Issue 14, part 4: how a designation was made, stored with the pilot and shown by the pilot list and the document. */
@IntegrationTest
class PilotDesignationIT {

    private static final String KEY_HEADER = "X-API-Key";
    private static final String TEXT = "text/plain;charset=UTF-8";
    private static final String XINJIANG = "province=" + Api.encode("新疆维吾尔自治区");

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
    void bodyDocumentNumberBatchAndDayAreStoredAndShown() {
        String slug = post("2019年12月20日，阿克苏地区第一人民医院被国家卫生健康委确定为第二批建立健全现代医院管理制度试点医院" + "（国卫办医函〔2019〕618号）。");
        try {
            JsonNode pilot = only(
                    api.get("/api/v1/reform-pilots?category=modern_hospital_management&" + XINJIANG)
                            .json()
                            .get("items"),
                    "阿克苏地区第一人民医院");
            assertThat(pilot.get("level").asString()).isEqualTo("national");
            assertThat(pilot.get("designatedBy").asString()).isEqualTo("国家卫生健康委");
            assertThat(pilot.get("documentNumber").asString()).isEqualTo("国卫办医函〔2019〕618号");
            assertThat(pilot.get("batch").asString()).isEqualTo("第二批");
            assertThat(pilot.get("batchNumber").asInt()).isEqualTo(2);
            assertThat(pilot.get("designatedOn").asString()).isEqualTo("2019-12-20");

            JsonNode inDocument =
                    api.get("/api/v1/documents/" + slug).json().get("pilots").get(0);
            assertThat(inDocument.get("designatedBy").asString()).isEqualTo("国家卫生健康委");
            assertThat(inDocument.get("designatedOn").asString()).isEqualTo("2019-12-20");
            assertThat(jdbc.sql("select designated_precision from reform_pilot p"
                                    + " join source_document d on d.id = p.document_id where d.slug = :slug")
                            .param("slug", slug)
                            .query(String.class)
                            .single())
                    .isEqualTo("day");
        } finally {
            api.delete("/api/v1/documents/" + slug, KEY_HEADER, IntegrationTest.API_KEY);
        }
    }

    @Test
    void aDesignationThatStatesNothingMoreHasNullsAndAYearOnlyDateKeepsItsPrecision() {
        String slug = post("2021年，和田地区人民医院入选自治区公立医院薪酬制度改革试点医院。");
        try {
            JsonNode pilot =
                    only(api.get("/api/v1/reform-pilots?" + XINJIANG).json().get("items"), "和田地区人民医院");
            assertThat(pilot.get("level").asString()).isEqualTo("provincial");
            assertThat(pilot.get("designatedBy").isNull()).isTrue();
            assertThat(pilot.get("documentNumber").isNull()).isTrue();
            assertThat(pilot.get("batchNumber").isNull()).isTrue();
            assertThat(pilot.get("designatedOn").asString()).isEqualTo("2021");
        } finally {
            api.delete("/api/v1/documents/" + slug, KEY_HEADER, IntegrationTest.API_KEY);
        }
    }

    private static JsonNode only(JsonNode items, String hospital) {
        JsonNode found = null;
        for (JsonNode item : items) {
            if (item.get("hospital").get("name").asString().equals(hospital)) {
                assertThat(found).as("one pilot of " + hospital).isNull();
                found = item;
            }
        }
        assertThat(found).as("a pilot of " + hospital + " in " + items).isNotNull();
        return found;
    }

    private String post(String text) {
        Api.Response response = api.post("/api/v1/documents", TEXT, text, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json().get("document").get("slug").asString();
    }
}
