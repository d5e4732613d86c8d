package org.hospitalatlas.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.support.QuietLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test run's database stopped and started again on its port while three clients keep reading: every answer
 * comes within seconds, is a 200 or a 503 problem+json with Retry-After (never a 500), readiness goes DOWN while
 * liveness stays UP, and reads and readiness recover by themselves when the server is back.
 */
@IntegrationTest
class DatabaseOutageIT {

    /** Far below the 20–30 s requests hung before; the pool gives up after 2 s. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(8);

    /** Readers at once: some of them are inside a transaction when the server goes. */
    private static final int READERS = 3;

    private static final List<String> READS =
            List.of("/api/v1/hospitals?size=5", "/api/v1/indicators", "/api/v1/coverage", "/api/v1/documents");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    record Answer(String path, int status, String contentType, String retryAfter, String type, long millis) {}

    @Test
    void readsAnswer503WhileTheDatabaseIsAwayAndRecoverWhenItIsBack() throws Exception {
        TestServer server = TestServer.of(jdbc);
        Api api = new Api(port);
        assertThat(api.get("/api/v1/hospitals?size=5").status()).isEqualTo(200);

        List<Answer> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            int offset = r;
            Thread reader = new Thread(() -> {
                for (int i = offset; reading.get(); i++) {
                    answers.add(read(api, READS.get(i % READS.size())));
                    sleep(50);
                }
            });
            reader.start();
            readers.add(reader);
        }
        Answer write;
        Api.Response readiness;
        Api.Response liveness;
        // a read whose connection dies mid-transaction fails its rollback too, which Spring logs as an ERROR: the
        // outage's expected noise, kept from the build log
        try (QuietLog rollbacks = QuietLog.of("org.springframework.transaction.interceptor.TransactionInterceptor")) {
            try {
                sleep(300);
                server.stop();
                waitFor(answers, a -> a.status() == 503, 3, Duration.ofSeconds(30));
                readiness = api.get("/actuator/health/readiness");
                liveness = api.get("/actuator/health/liveness");
                write = post(api);
            } finally {
                server.start();
            }
            int before = answers.size();
            waitFor(answers, a -> a.status() == 200, before + 3, Duration.ofSeconds(60));
            reading.set(false);
            for (Thread reader : readers) {
                reader.join(TimeUnit.SECONDS.toMillis(30));
            }
        }

        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.json().get("status").asString()).isEqualTo("DOWN");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(503);
        assertThat(write.contentType()).startsWith("application/problem+json");
        assertThat(write.retryAfter()).isNotBlank();

        List<Answer> all = List.copyOf(answers);
        assertThat(all).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s", answer).isIn(200, 503);
            assertThat(answer.millis()).as("%s", answer).isLessThan(FAIL_FAST.toMillis());
        });
        assertThat(all).filteredOn(a -> a.status() == 503).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
            assertThat(answer.retryAfter()).as("%s", answer).isNotBlank();
            assertThat(answer.type()).as("%s", answer).isEqualTo("/problems/database-unavailable");
        });
        assertThat(all.get(all.size() - 1).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    private static Answer read(Api api, String path) {
        long started = System.nanoTime();
        Api.Response response = api.get(path);
        return answer(path, response, started);
    }

    private static Answer post(Api api) {
        long started = System.nanoTime();
        Api.Response response = api.post(
                "/api/v1/documents",
                "text/plain;charset=UTF-8",
                "郴州市第一人民医院2023年实际开放床位2000张。",
                "X-API-Key",
                IntegrationTest.API_KEY);
        return answer("POST /api/v1/documents", response, started);
    }

    private static Answer answer(String path, Api.Response response, long started) {
        String type = null;
        if (response.status() == 503) {
            type = response.json().path("type").asString();
        }
        return new Answer(
                path,
                response.status(),
                response.header("Content-Type"),
                response.header("Retry-After"),
                type,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private static void waitFor(List<Answer> answers, Predicate<Answer> wanted, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Answer> now = List.copyOf(answers);
            if (now.size() >= count && wanted.test(now.get(now.size() - 1))) {
                return;
            }
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The test run's embedded PostgreSQL, stopped and started with its own pg_ctl on its data directory and with the
     * options it was started with ({@code postmaster.opts}), so it comes back on the same port.
     */
    record TestServer(Path dataDir, Path pgCtl, String options) {

        static TestServer of(JdbcClient jdbc) throws IOException {
            Path dataDir =
                    Path.of(jdbc.sql("show data_directory").query(String.class).single());
            Path opts = dataDir.resolve("postmaster.opts");
            assumeThat(opts).as("an embedded PostgreSQL on this machine").exists();
            String line = Files.readString(opts, StandardCharsets.UTF_8).strip();
            int end = line.indexOf(' ');
            Path postgres = Path.of(line.substring(0, end));
            return new TestServer(dataDir, postgres.resolveSibling("pg_ctl"), line.substring(end + 1));
        }

        void stop() throws IOException, InterruptedException {
            pgCtl("stop", "-m", "fast");
        }

        void start() throws IOException, InterruptedException {
            Path log = Files.createTempFile("outage-postgres-", ".log");
            pgCtl("start", "-l", log.toString(), "-o", options);
        }

        private void pgCtl(String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                command.addAll(List.of("unshare", "-U")); // as zonky runs it: PostgreSQL refuses to run as root
            }
            command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(), "-w", "-t", "60"));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("%s", command).isZero();
        }
    }
}
