package org.hospitalatlas.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/changes: what the write paths record, paging by cursor, and what a reader may not yet see. */
@IntegrationTest
class ChangeFeedIT {

    private static final String KEY_HEADER = "X-API-Key";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void namesWhatAPostedDocumentAddedAndWhatItsWithdrawalTookAway() {
        String cursor = latest();
        Api.Response posted = api.post(
                "/api/v1/documents",
                "text/plain;charset=UTF-8",
                "2023年，平顶山市第一人民医院实际开放床位2000张。",
                KEY_HEADER,
                IntegrationTest.API_KEY);
        String document = posted.json().get("document").get("slug").asString();

        List<JsonNode> added =
                readUntil(cursor, all -> entries(all).contains("document/added/" + document + "/" + document));
        assertThat(entries(added))
                .contains(
                        "document/added/" + document + "/" + document,
                        "hospital/added/ping-ding-shan-shi-di-yi-ren-min-yi-yuan/null",
                        "indicator_value/added/null/" + document);
        JsonNode value = added.stream()
                .filter(c -> c.get("entity").asString().equals("indicator_value"))
                .filter(c -> document.equals(text(c.get("document"))))
                .findFirst()
                .orElseThrow();
        assertThat(value.get("hospital").asString()).isEqualTo("ping-ding-shan-shi-di-yi-ren-min-yi-yuan");
        assertThat(value.get("id").asLong()).isPositive();
        assertThat(value.get("count").asInt()).isEqualTo(1);
        String afterPost = next(cursor);

        api.delete("/api/v1/documents/" + document, KEY_HEADER, IntegrationTest.API_KEY);

        assertThat(entries(readUntil(
                        afterPost, all -> entries(all).contains("document/withdrawn/" + document + "/" + document))))
                .contains(
                        "indicator_value/withdrawn/null/" + document,
                        "document/withdrawn/" + document + "/" + document,
                        "hospital/withdrawn/ping-ding-shan-shi-di-yi-ren-min-yi-yuan/null");
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatsAndTheLastCursorStaysPut() {
        String cursor = latest();
        List<String> inserted = new ArrayList<>();
        for (String name : List.of("许昌市中心医院", "焦作市人民医院", "开封市中心医院")) {
            inserted.add(insertHospital(name));
        }
        readUntil(
                cursor,
                all -> all.stream()
                                .filter(c -> inserted.contains(text(c.get("slug"))))
                                .count()
                        == 3);
        List<String> slugs = new ArrayList<>();
        String at = cursor;
        // other writes may show up here too (the feed may hold back earlier ones a moment): those three come in order
        for (int page = 0; page < 1000; page++) {
            JsonNode body = api.get("/api/v1/changes?limit=1&after=" + at).json();
            assertThat(body.get("items").size()).isLessThanOrEqualTo(1);
            body.get("items").forEach(item -> slugs.add(text(item.get("slug"))));
            at = body.get("next").asString();
            if (!body.get("more").asBoolean()) {
                break;
            }
        }
        assertThat(slugs.stream().filter(inserted::contains).toList()).containsExactlyElementsOf(inserted);
        JsonNode end = api.get("/api/v1/changes?after=" + at).json();
        if (end.get("items").isEmpty()) { // unless something was written meanwhile
            assertThat(end.get("next").asString()).isEqualTo(at);
        }
    }

    @Test
    void aRolledBackWriteLeavesNothing() {
        String cursor = latest();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into hospital (slug, name_zh) values ('feed-rolled-back', '回滚医院')")
                    .update();
            status.setRollbackOnly();
        });
        insertHospital("洛阳市第三人民医院");
        assertThat(readAll(cursor)).extracting(c -> text(c.get("slug"))).doesNotContain("feed-rolled-back");
    }

    @Test
    void aChangeOfATransactionStillRunningHoldsBackLaterOnesUntilItEnds() throws Exception {
        String cursor = latest();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = executor.submit(() -> transactions.executeWithoutResult(status -> {
                jdbc.sql("insert into hospital (slug, name_zh) values ('feed-slow', '南阳市第三人民医院')")
                        .update();
                written.countDown();
                await(release);
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            String later = insertHospital("南阳市第四人民医院"); // began later, committed first

            // neither is shown yet: the later one would otherwise be handed out before the earlier one commits
            assertThat(readAll(cursor)).extracting(c -> text(c.get("slug"))).doesNotContain("feed-slow", later);

            release.countDown();
            slow.get(10, TimeUnit.SECONDS);
            assertThat(readUntil(cursor, all -> all.stream().anyMatch(c -> later.equals(text(c.get("hospital"))))))
                    .extracting(c -> text(c.get("hospital")))
                    .containsSubsequence("feed-slow", later);
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void aStatementWritingMoreThanAThousandFactsOfADocumentIsOneSummaryEntry() {
        String cursor = latest();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into source_document (slug, sha256, body) values ('feed-bulk', repeat('f', 64), 'x')")
                    .update();
            jdbc.sql("""
                            insert into indicator_value (hospital_id, indicator_code, year, kind, value, document_id,
                                                         char_start, char_end, quote, confidence)
                            select h.id, c.code, y, 'level', 1, d.id, 0, 1, 'x', 1
                            from hospital h, source_document d, generate_series(1900, 2100) y,
                                 unnest(array['beds_open', 'revenue', 'discharges', 'staff_total', 'land_area']) c(code)
                            where h.slug = 'chen-zhou-shi-di-yi-ren-min-yi-yuan' and d.slug = 'feed-bulk'
                            """).update();
        });
        jdbc.sql(
                        "delete from indicator_value where document_id = (select id from source_document where slug = 'feed-bulk')")
                .update();
        jdbc.sql("delete from source_document where slug = 'feed-bulk'").update();

        List<JsonNode> changes =
                readUntil(cursor, all -> entries(all).contains("document/withdrawn/feed-bulk/feed-bulk"));
        List<String> values = changes.stream()
                .filter(c -> c.get("entity").asString().equals("indicator_value"))
                .filter(c -> "feed-bulk".equals(text(c.get("document"))))
                .map(c -> c.get("action").asString() + "/" + text(c.get("id")) + "/"
                        + c.get("count").asInt())
                .toList();
        assertThat(values).containsExactly("added/null/1005", "withdrawn/null/1005");
    }

    @Test
    void aCsvImportNamesItself() {
        String cursor = latest();
        Api.Response imported = api.post(
                "/api/v1/imports/hospitals",
                "text/csv",
                "slug,name_zh\nfeed-imported,周口市第二人民医院\n",
                KEY_HEADER,
                IntegrationTest.API_KEY);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        assertThat(entries(readUntil(cursor, all -> entries(all).contains("import/added/hospitals/null"))))
                .contains("import/added/hospitals/null", "hospital/added/feed-imported/null");
    }

    @Test
    void aBadCursorOrLimitIsAProblemNamingIt() {
        for (String query : List.of("after=bm90LWEtY3Vyc29y", "after=%25%25%25", "after=YzE6MTI6")) {
            Api.Response response = api.get("/api/v1/changes?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("after");
        }
        for (String limit : List.of("0", "1001", "ten")) {
            Api.Response response = api.get("/api/v1/changes?limit=" + limit);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("limit");
        }
    }

    /** A hospital written straight to the table, as any write path might: the triggers record it all the same. */
    private String insertHospital(String name) {
        String slug = "feed-" + Integer.toHexString(name.hashCode());
        jdbc.sql("insert into hospital (slug, name_zh) values (:slug, :name)")
                .param("slug", slug)
                .param("name", name)
                .update();
        return slug;
    }

    private String latest() {
        return api.get("/api/v1/changes?after=latest").json().get("next").asString();
    }

    private String next(String cursor) {
        String at = cursor;
        while (true) {
            JsonNode body = api.get("/api/v1/changes?limit=1000&after=" + at).json();
            at = body.get("next").asString();
            if (!body.get("more").asBoolean()) {
                return at;
            }
        }
    }

    private List<JsonNode> readAll(String cursor) {
        return readUntil(cursor, all -> true);
    }

    /**
     * Every change after {@code cursor}, read page by page until {@code done} holds (or 15 s pass): the feed holds
     * back what any still-running transaction of the cluster might precede, autovacuum's included, for a moment.
     */
    private List<JsonNode> readUntil(String cursor, Predicate<List<JsonNode>> done) {
        List<JsonNode> all = new ArrayList<>();
        String at = cursor;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            JsonNode body = api.get("/api/v1/changes?limit=1000&after=" + at).json();
            body.get("items").forEach(all::add);
            at = body.get("next").asString();
            if (!body.get("more").asBoolean()) {
                if (done.test(all) || System.nanoTime() > deadline) {
                    return all;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> entries(List<JsonNode> changes) {
        return changes.stream()
                .map(c -> c.get("entity").asString() + "/" + c.get("action").asString() + "/" + text(c.get("slug"))
                        + "/" + text(c.get("document")))
                .toList();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asString();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
