package org.hospitalatlas.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A large first load that brings more rows than the year summary holds writes it anew (V092): the summary's rows and
 * the load's into a table with no index, its key and ranking index built once it is full, swapped in before the
 * attach. The new table must be the old one with the load's rows added, under the same names with the same key,
 * index and trigger; readers must see the old table whole until the commit (waiting from the swap on); and a load
 * that fails must leave the old table as it was. The loads here are tables shaped like a partition, summarised as
 * the import does in transactions that roll back (their hospitals are negative ids no hospital has: the summaries
 * have no foreign key, and no key is held elsewhere), one of targets only that commits the same rows in a new table,
 * and one import through the writer that is refused after the swap. Whether the other tests' first loads rebuild the
 * summary or insert into it depends on how many rows the tests before them left in it.
 */
@IntegrationTest
class YearSummaryRebuildIT {

    private static final String[] KEY = {"X-API-Key", IntegrationTest.API_KEY};
    private static final String LOADED = "pg_temp.it_rebuild_loaded";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aLoadLargerThanTheSummaryRebuildsItWithEveryRowItsKeyIndexAndTrigger() {
        long table = summaryTable();
        List<String> definitions = definitions();
        long kept = keptRows();
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("create temporary table it_rebuild_before on commit drop as select * from indicator_year_summary")
                    .update();
            load(kept + 1, false);

            assertThat(summaryTable()).as("a new table").isNotEqualTo(table);
            assertThat(definitions()).isEqualTo(definitions);
            assertThat(count("select count(*) from (select * from it_rebuild_before except all"
                            + " select * from indicator_year_summary) lost"))
                    .isZero();
            assertThat(keptRows()).isEqualTo(kept + kept + 1);
            assertThat(count("""
                            select count(*) from it_rebuild_loaded p join indicator_year_summary s
                            on (s.indicator_code, s.year, s.kind, s.hospital_id, s.value, s.qualifier, s.fact_id)
                               = (p.indicator_code, p.year, p.kind, p.hospital_id, p.value, p.qualifier, p.id)
                            """)).isEqualTo(kept + 1);
        });
        assertThat(summaryTable()).isEqualTo(table);
        assertThat(definitions()).isEqualTo(definitions);
        assertThat(keptRows()).isEqualTo(kept);
    }

    @Test
    void aLoadNoLargerThanTheSummaryIsInsertedIntoIt() {
        long table = summaryTable();
        long kept = keptRows();
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            load(kept, false);
            assertThat(summaryTable()).isEqualTo(table);
            assertThat(keptRows()).isEqualTo(kept + kept);
        });
    }

    /**
     * A reader holding the summary keeps the swap waiting and reads the old table whole meanwhile (the new one, built
     * by then, is not visible to it); a reader coming after the swap waits for the commit and reads the new table
     * whole. The load is of targets only, which count for no summary: its commit leaves the same rows in a new table.
     */
    @Test
    void readersReadTheOldSummaryWholeUntilTheCommitAndTheNewOneAfterIt() throws Exception {
        long table = summaryTable();
        long kept = keptRows();
        CountDownLatch readerHolds = new CountDownLatch(1);
        CountDownLatch readAgain = new CountDownLatch(1);
        CountDownLatch swapped = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<List<Object>> reader = threads.submit(() -> transactions.execute(status -> {
                long first = keptRows();
                readerHolds.countDown();
                await(readAgain);
                return List.of(first, keptRows(), exists("indicator_year_summary_rebuilt"));
            }));
            await(readerHolds);
            Future<?> load = threads.submit(() -> transactions.executeWithoutResult(status -> {
                jdbc.sql("set local lock_timeout = '" + DatasetPartition.ATTACH_LOCK_TIMEOUT + "'")
                        .update();
                load(kept + 1, true);
                swapped.countDown();
                await(commit);
            }));
            awaitLockWaitOn(table);
            readAgain.countDown();
            assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(List.of(kept, kept, false));

            await(swapped);
            Future<Long> later = threads.submit(this::keptRows);
            awaitLockWaitOn(table);
            assertThat(later.isDone()).isFalse();
            commit.countDown();
            load.get(30, TimeUnit.SECONDS);
            assertThat(later.get(30, TimeUnit.SECONDS)).isEqualTo(kept);
            assertThat(summaryTable()).isNotEqualTo(table);
            assertThat(keptRows()).isEqualTo(kept);
        } finally {
            readAgain.countDown();
            commit.countDown();
            threads.shutdownNow();
        }
    }

    /**
     * An import through the writer, larger than the summary, refused for a bad row after the summary was swapped in:
     * a reader of the default partition keeps the attach waiting after the swap, long enough to see the import hold
     * the old summary; then the checks refuse the file and the old table is back as it was.
     */
    @Test
    void aLargeLoadRefusedAfterTheSwapLeavesTheSummaryAsItWas() throws Exception {
        Api api = new Api(port);
        long table = summaryTable();
        List<String> definitions = definitions();
        long kept = keptRows();
        Api.Response hospitals = api.post("/api/v1/imports/hospitals", "text/csv", hospitals(kept), KEY);
        assertThat(hospitals.status()).as(hospitals.body()).isEqualTo(200);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> reader = threads.submit(() -> transactions.executeWithoutResult(status -> {
                jdbc.sql("lock table indicator_value_default in access share mode")
                        .update();
                holding.countDown();
                await(release);
            }));
            await(holding);
            Future<Api.Response> load = threads.submit(() ->
                    api.post("/api/v1/imports/indicator-values?dataset=it-rebuild", "text/csv", values(kept), KEY));
            awaitLockWaitOn(count("select cast(cast('indicator_value_default' as regclass) as oid)"));
            assertThat(count("select count(*) from pg_locks where granted and mode = 'AccessExclusiveLock'"
                            + " and relation = " + table))
                    .as("the old summary held by the swap")
                    .isOne();
            release.countDown();
            reader.get(30, TimeUnit.SECONDS);

            Api.Response refused = load.get(30, TimeUnit.SECONDS);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("hospital_slug: no hospital");
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(summaryTable()).isEqualTo(table);
        assertThat(definitions()).isEqualTo(definitions);
        assertThat(keptRows()).isEqualTo(kept);
        assertThat(count("select count(*) from source_document where slug = 'import-it-rebuild'"))
                .isZero();
    }

    private static final List<String> CODES =
            List.of("beds_open", "revenue", "discharges", "staff_total", "outpatient_visits");

    /** Enough hospitals for {@link #values} to hold more rows than the summary's {@code kept}, 100 each. */
    private static String hospitals(long kept) {
        StringBuilder csv = new StringBuilder("slug,name_zh,province,city,level,category\n");
        for (long h = 1; h <= kept / 100 + 2; h++) {
            csv.append("it-rebuild-").append(h).append(",重建市第").append(h).append("医院,重建省,重建市,三级甲等,综合\n");
        }
        return csv.toString();
    }

    /** Five codes over 20 years for each of {@link #hospitals}, then a row the insert leaves out and the checks refuse. */
    private static String values(long kept) {
        StringBuilder csv = new StringBuilder("hospital_slug,indicator_code,year,kind,value,qualifier\n");
        for (long h = 1; h <= kept / 100 + 2; h++) {
            for (String code : CODES) {
                for (int year = 2001; year <= 2020; year++) {
                    csv.append("it-rebuild-")
                            .append(h)
                            .append(',')
                            .append(code)
                            .append(',')
                            .append(year);
                    csv.append(",level,").append(100 + h + year % 7).append(",exact\n");
                }
            }
        }
        return csv.append("no-such-hospital,revenue,2002,level,1,exact\n").toString();
    }

    /**
     * A table shaped like a new partition holding {@code rows} facts (targets if asked), each its own key, summarised
     * as the import summarises its partition.
     */
    private void load(long rows, boolean targets) {
        jdbc.sql("create temporary table it_rebuild_loaded"
                        + " (like indicator_value including defaults including identity) on commit drop")
                .update();
        jdbc.sql("""
                        insert into it_rebuild_loaded (hospital_id, indicator_code, year, kind, value, qualifier,
                                                       is_target, document_id, char_start, char_end, quote, confidence)
                        select -g, 'beds_open', 2020, 'level', g % 1000, 'exact', :targets, d.id, 0, 4, 'it-rebuild', 1
                        from generate_series(1, :rows) g
                        cross join (select min(id) as id from source_document) d
                        """).param("rows", rows).param("targets", targets).update();
        jdbc.sql("select summarise_loaded_partition(cast(:loaded as regclass))")
                .param("loaded", LOADED)
                .query((rs, n) -> 1)
                .list();
    }

    /** The summary's columns, key, indexes and triggers as the catalogue writes them. */
    private List<String> definitions() {
        return jdbc.sql("""
                        select a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull
                        from pg_attribute a
                        where a.attrelid = cast('indicator_year_summary' as regclass) and a.attnum > 0
                          and not a.attisdropped
                        union all
                        select c.conname || ' ' || pg_get_constraintdef(c.oid) from pg_constraint c
                        where c.conrelid = cast('indicator_year_summary' as regclass)
                        union all
                        select pg_get_indexdef(i.indexrelid) from pg_index i
                        where i.indrelid = cast('indicator_year_summary' as regclass)
                        union all
                        select pg_get_triggerdef(t.oid) from pg_trigger t
                        where t.tgrelid = cast('indicator_year_summary' as regclass) and not t.tgisinternal
                        order by 1
                        """).query(String.class).list();
    }

    private long summaryTable() {
        return count("select cast(cast('indicator_year_summary' as regclass) as oid)");
    }

    private long keptRows() {
        return count("select count(*) from indicator_year_summary");
    }

    private boolean exists(String table) {
        return jdbc.sql("select to_regclass(:table) is not null")
                .param("table", table)
                .query(Boolean.class)
                .single();
    }

    /** Waits until a transaction waits for a lock on the table. */
    private void awaitLockWaitOn(long table) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (count("select count(*) from pg_locks where not granted and relation = " + table) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing waited for a lock on relation " + table);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
