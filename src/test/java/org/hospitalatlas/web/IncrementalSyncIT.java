package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** updated_since on the lists, Last-Modified and If-Modified-Since on every read. */
@IntegrationTest
class IncrementalSyncIT {

    private static final String KEY_HEADER = "X-API-Key";
    private static final List<String> LISTS = List.of(
            "/api/v1/hospitals", "/api/v1/documents", "/api/v1/reform-pilots", "/api/v1/consortia", "/api/v1/imports");

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
    void everyListKeepsOnlyWhatWasAddedOrChangedAfterTheInstant() {
        String since = databaseNow();
        Api.Response posted = api.post(
                "/api/v1/documents",
                "text/plain;charset=UTF-8",
                "2021年，安阳市人民医院入选国家建立健全现代医院管理制度试点医院。2022年，安阳市人民医院牵头组建安阳市城市医疗集团，成员单位包括林州市人民医院。",
                KEY_HEADER,
                IntegrationTest.API_KEY);
        String document = posted.json().get("document").get("slug").asString();
        String query = "?size=500&updated_since=" + Api.encode(since);

        assertThat(slugs("/api/v1/hospitals" + query))
                .containsExactlyInAnyOrder("an-yang-shi-ren-min-yi-yuan", "lin-zhou-shi-ren-min-yi-yuan");
        assertThat(slugs("/api/v1/documents" + query)).containsExactly(document);
        assertThat(api.get("/api/v1/reform-pilots" + query).json().get("items"))
                .extracting(item -> item.get("hospital").get("slug").asString())
                .containsExactly("an-yang-shi-ren-min-yi-yuan");
        assertThat(api.get("/api/v1/consortia" + query).json().get("totalItems").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/imports" + query).json().get("totalItems").asInt())
                .isZero();
        // without the parameter, the seeds' hospitals are there as well
        assertThat(api.get("/api/v1/hospitals?size=500")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isGreaterThan(2);
        // an offset is as good as Z
        String later = OffsetDateTime.parse(databaseNow())
                .withOffsetSameInstant(java.time.ZoneOffset.ofHours(8))
                .toString();
        assertThat(slugs("/api/v1/hospitals?updated_since=" + Api.encode(later)))
                .isEmpty();
    }

    @Test
    void aBadInstantIsAProblemNamingTheParameterOnEveryList() {
        for (String list : LISTS) {
            for (String bad : List.of("yesterday", "2024-05-01", "2024-05-01T08:00:00")) {
                Api.Response response = api.get(list + "?updated_since=" + Api.encode(bad));
                assertThat(response.status()).as(list + " " + bad).isEqualTo(400);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(response.json().get("errors").get(0).get("field").asString())
                        .isEqualTo("updated_since");
            }
        }
    }

    @Test
    void ifModifiedSinceIsAnsweredNotModifiedUntilTheNextWrite() throws InterruptedException {
        String path = "/api/v1/hospitals?size=5";
        Api.Response first = settled(path);
        String lastModified = first.header("Last-Modified");

        Api.Response unchanged = api.get(path, "If-Modified-Since", lastModified);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.header("Last-Modified")).isEqualTo(lastModified);
        // If-None-Match decides when both are sent
        assertThat(api.get(path, "If-Modified-Since", lastModified, "If-None-Match", "\"other\"")
                        .status())
                .isEqualTo(200);

        jdbc.sql("insert into hospital (slug, name_zh) values ('sync-modified', '焦作市第二人民医院')")
                .update();

        Api.Response changed = api.get(path, "If-Modified-Since", lastModified);
        assertThat(changed.status()).isEqualTo(200);
        Api.Response later = settled(path);
        assertThat(later.header("Last-Modified")).isNotEqualTo(lastModified);
        assertThat(api.get(path, "If-Modified-Since", later.header("Last-Modified"))
                        .status())
                .isEqualTo(304);
    }

    /** The answer once its Last-Modified is given: a second after the last commit, at most two. */
    private Api.Response settled(String path) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            Api.Response response = api.get(path);
            if (response.header("Last-Modified") != null) {
                return response;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no Last-Modified on " + path);
    }

    private String databaseNow() {
        return jdbc.sql("select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
                .query(String.class)
                .single();
    }

    private List<String> slugs(String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode items = response.json().get("items");
        return items.valueStream().map(item -> item.get("slug").asString()).toList();
    }
}
