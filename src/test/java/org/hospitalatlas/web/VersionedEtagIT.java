package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ETags keyed by the data version: stable while nothing is written, replaced by any committed write. */
@IntegrationTest
class VersionedEtagIT {

    private static final String PROVINCE = "版本省";

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
    void cachedAnswerIsReplacedAfterAWrite() {
        String path = "/api/v1/hospitals?province=" + Api.encode(PROVINCE);
        Api.Response first = api.get(path);
        Api.Response again = api.get(path);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).doesNotContain("version-new");
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Cache-Control")).contains("max-age=60");
        assertThat(api.get(path, "If-None-Match", first.header("ETag")).status())
                .isEqualTo(304);

        jdbc.sql("""
                        insert into hospital (slug, name_zh, province, city, level, category)
                        values ('version-new', '版本市新医院', '版本省', '版本市', '一级', '基层')
                        """).update();
        try {
            Api.Response after = api.get(path, "If-None-Match", first.header("ETag"));
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.body()).contains("version-new");
            assertThat(after.header("ETag")).isNotEqualTo(first.header("ETag"));
            assertThat(api.get(path, "If-None-Match", after.header("ETag")).status())
                    .isEqualTo(304);
            Api.Response replayed = api.get(path);
            assertThat(replayed.body()).isEqualTo(after.body());
            assertThat(replayed.header(PageHeaders.TOTAL_COUNT))
                    .isEqualTo(after.header(PageHeaders.TOTAL_COUNT))
                    .isEqualTo("1");
        } finally {
            jdbc.sql("delete from hospital where slug = 'version-new'").update();
        }
        assertThat(api.get(path).body()).doesNotContain("version-new");
    }

    @Test
    void answersDifferingByAcceptHaveTheirOwnEtags() {
        String path = "/api/v1/compare/indicators";
        Api.Response json = api.get(path);
        Api.Response csv = api.get(path, "Accept", "text/csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(csv.header("ETag")).isNotEqualTo(json.header("ETag"));
        assertThat(api.get(path, "Accept", "text/csv").body()).isEqualTo(csv.body());
        assertThat(api.get(path).header("Content-Type")).startsWith("application/json");
    }

    /** HEAD answers are never kept, so they take the unbuffered path: tagged as they are committed, if they are 200s. */
    @Test
    void unkeptAnswersAreTaggedAsTheyGoOutAndTheirTagsMoveWithTheVersion() throws Exception {
        String path = "/api/v1/hospitals?province=" + Api.encode(PROVINCE);
        String etag = request("GET", path, null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<Void> head = head(path, null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);
        assertThat(head(path, etag).statusCode()).isEqualTo(304);
        HttpResponse<Void> problem = head("/api/v1/hospitals/version-nobody", null);
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("ETag")).isEmpty();

        jdbc.sql("""
                        insert into hospital (slug, name_zh, province, city, level, category)
                        values ('version-head', '版本市头医院', '版本省', '版本市', '一级', '基层')
                        """).update();
        try {
            HttpResponse<Void> after = head(path, etag);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
            assertThat(head(path, after.headers().firstValue("ETag").orElseThrow())
                            .statusCode())
                    .isEqualTo(304);
        } finally {
            jdbc.sql("delete from hospital where slug = 'version-head'").update();
        }
    }

    private HttpResponse<Void> head(String path, String ifNoneMatch) throws Exception {
        return request("HEAD", path, ifNoneMatch);
    }

    /** The same client for GET and HEAD: the same Accept and Host, so the same tag. */
    private HttpResponse<Void> request(String method, String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
