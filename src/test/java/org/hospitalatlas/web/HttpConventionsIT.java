package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** CSV, paging links, ETags and CORS on the API as a whole, the pre-existing lists included. */
@IntegrationTest
class HttpConventionsIT {

    /** A province of this class's own, so other tests' hospitals never change these counts. */
    private static final String PROVINCE = "规约省";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        jdbc.sql("""
                        insert into hospital (slug, name_zh, province, city, level, category)
                        values ('http-a', '规约市第一医院', '规约省', '规约市', '三级甲等', '综合'),
                               ('http-b', '规约市第二医院', '规约省', '规约市', '三级乙等', '综合'),
                               ('http-c', '规约市"三院", 东区', '规约省', '规约市', '二级甲等', '专科'),
                               ('http-d', '规约市第四医院', '规约省', '规约市', '二级', '中医'),
                               ('http-e', '规约市第五医院', '规约省', '规约市', '一级', '基层')
                        on conflict do nothing
                        """).update();
    }

    @Test
    void hospitalListAsCsvQuotesPerRfc4180() {
        Api.Response response = api.get(
                "/api/v1/hospitals?province=" + Api.encode(PROVINCE) + "&sort=name&size=100", "Accept", "text/csv");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"hospitals.csv\"");
        assertThat(response.body()).contains("\r\n").contains("\"规约市\"\"三院\"\", 东区\"");
        Csv csv = Csv.parse(response.body());
        assertThat(csv.header())
                .containsExactly(
                        "slug", "name", "nameEn", "province", "city", "district", "level", "category", "ownership");
        assertThat(csv.rows()).hasSize(5);
        assertThat(csv.rows()).extracting(row -> row.get("name")).contains("规约市\"三院\", 东区", "规约市第一医院");
        assertThat(csv.rows()).extracting(row -> row.get("province")).containsOnly(PROVINCE);
        assertThat(response.header("X-Total-Count")).isEqualTo("5");
    }

    @Test
    void emptyListAsCsvStillHasItsHeader() {
        Api.Response response = api.get("/api/v1/hospitals?province=" + Api.encode("无此省") + "&format=csv");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("slug,name,nameEn,province,city,district,level,category,ownership\r\n");
    }

    @Test
    void documentAndIndicatorListsAsCsv() {
        Csv documents =
                Csv.parse(api.get("/api/v1/documents?size=100&format=csv").body());
        assertThat(documents.header()).contains("slug", "title", "status", "counts.indicators");
        assertThat(documents.rows()).extracting(row -> row.get("slug")).contains("000_dbe0950c11f56caa");

        Api.Response indicators = api.get("/api/v1/indicators", "Accept", "text/csv");
        assertThat(indicators.header("Content-Type")).startsWith("text/csv");
        Csv catalogue = Csv.parse(indicators.body());
        assertThat(catalogue.header()).startsWith("code", "nameZh", "nameEn", "unit", "better");
        assertThat(catalogue.rows()).hasSizeGreaterThanOrEqualTo(49);
        assertThat(catalogue.rows()).anySatisfy(row -> {
            assertThat(row.get("code")).isEqualTo("beds_open");
            assertThat(row.get("nameZh")).isEqualTo("实际开放床位数");
        });
    }

    @Test
    void jsonStaysTheDefault() {
        Api.Response response = api.get("/api/v1/indicators", "Accept", "*/*");
        assertThat(response.header("Content-Type")).startsWith("application/json");
        Api.Response browser = api.get("/api/v1/indicators", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(browser.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void hospitalListHasLinkHeadersThatLeadToTheOtherPages() {
        String path = "/api/v1/hospitals?province=" + Api.encode(PROVINCE) + "&sort=name&size=2&page=1";
        Api.Response response = api.get(path);
        Map<String, String> links = links(response.header("Link"));
        assertThat(links).containsOnlyKeys("first", "prev", "next", "last");
        assertThat(links.get("last")).contains("page=2").contains("size=2").contains("sort=name");
        assertThat(links.get("first")).contains("page=0");

        JsonNode next = api.get(pathOf(links.get("next"))).json();
        assertThat(next.get("page").asInt()).isEqualTo(2);
        assertThat(next.get("items").size()).isEqualTo(1);
        assertThat(next.get("items").get(0).get("province").asString()).isEqualTo(PROVINCE);
    }

    @Test
    void etagAnswersRepeatedReadsWith304ForJsonAndCsv() {
        String path = "/api/v1/hospitals?province=" + Api.encode(PROVINCE) + "&sort=name";
        Api.Response json = api.get(path);
        String etag = json.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(json.header("Cache-Control")).contains("max-age=60");
        assertThat(json.header("Vary")).contains("Accept");
        assertThat(api.get(path).header("ETag")).isEqualTo(etag);

        Api.Response notModified = api.get(path, "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(etag);

        Api.Response csv = api.get(path, "Accept", "text/csv");
        String csvEtag = csv.header("ETag");
        assertThat(csvEtag).isNotBlank().isNotEqualTo(etag);
        assertThat(api.get(path, "Accept", "text/csv", "If-None-Match", csvEtag).status())
                .isEqualTo(304);
        assertThat(api.get(path, "Accept", "text/csv", "If-None-Match", etag).status())
                .isEqualTo(200);
    }

    @Test
    void changedDataChangesTheEtag() {
        String path = "/api/v1/hospitals?province=" + Api.encode(PROVINCE) + "&name=" + Api.encode("第六");
        String before = api.get(path).header("ETag");
        jdbc.sql("""
                        insert into hospital (slug, name_zh, province, city, level, category)
                        values ('http-f', '规约市第六医院', '规约省', '规约市', '一级', '基层')
                        on conflict do nothing
                        """).update();
        try {
            Api.Response after = api.get(path, "If-None-Match", before);
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.header("ETag")).isNotEqualTo(before);
        } finally {
            jdbc.sql("delete from hospital where slug = 'http-f'").update();
        }
    }

    @Test
    void problemsAreNotMarkedCacheable() {
        Api.Response response = api.get("/api/v1/hospitals/http-nobody");
        assertThat(response.status()).isEqualTo(404);
        assertThat(String.valueOf(response.header("Cache-Control"))).doesNotContain("max-age=60");
        assertThat(response.header("ETag")).isNull();
    }

    @Test
    void withoutConfiguredOriginsBrowsersOnOtherOriginsGetNoCorsGrant() throws Exception {
        HttpResponse<String> preflight =
                send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/hospitals"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "https://dashboard.example.org")
                        .header("Access-Control-Request-Method", "GET")
                        .build());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();

        Api.Response read = api.get("/api/v1/indicators", "Origin", "https://dashboard.example.org");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> links(String header) {
        Map<String, String> links = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("<([^>]*)>;\\s*rel=\"([a-z]+)\"").matcher(header);
        while (matcher.find()) {
            links.put(matcher.group(2), matcher.group(1));
        }
        return links;
    }

    static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
