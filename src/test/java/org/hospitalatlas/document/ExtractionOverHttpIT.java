package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Issue 11, finding 1, against the running Tomcat: all workers busy, a deadline passed and a client that hangs up
 * while its extraction runs. The tests' deadline is {@link IntegrationTest#EXTRACTION_TIMEOUT}; the longest text the
 * API takes (just under 1 MB) runs far longer than that. Each test is a client of its own loopback address, so the
 * rate limit of another test's client never answers first.
 */
@IntegrationTest
class ExtractionOverHttpIT {

    /** Just under hospital-atlas.documents.max-size (1 MB) of text without punctuation: seconds of work. */
    private static final byte[] LONG_TEXT = longText(990_000);

    @LocalServerPort
    int port;

    @Autowired
    ExtractionGate gate;

    @Autowired
    ExtractionLimits limits;

    @Autowired
    MeterRegistry meters;

    @Test
    void extractionWhileAllWorkersAreBusyIsAnswered503WithRetryAfterAtOnce() throws Exception {
        awaitIdle();
        CountDownLatch release = new CountDownLatch(1);
        List<DeferredResult<String>> occupied = new ArrayList<>();
        try {
            for (int i = 0; i < limits.maxConcurrent(); i++) {
                occupied.add(gate.run(() -> release.await(30, TimeUnit.SECONDS) ? "done" : "timed out"));
            }
            long started = System.nanoTime();

            RawHttp.Response refused = extract(new RawHttp(port, "127.0.0.41"), "2023年，郴州市第一人民医院出院人次6.3万。");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
            assertThat(refused.json().get("type").asString()).isEqualTo("/problems/busy");
            assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("request");
        } finally {
            release.countDown();
        }
        awaitIdle();
        assertThat(extract(new RawHttp(port, "127.0.0.41"), "2023年，郴州市第一人民医院出院人次6.3万。")
                        .status())
                .isEqualTo(200);
    }

    /** The client stays connected for the whole run: it is answered, and its connection is not taken for gone. */
    @Test
    void extractionPastTheDeadlineIsStoppedAndAnswered503WithRetryAfter() throws Exception {
        awaitIdle();
        double deadlines = stopped("deadline");
        double gone = stopped("client_gone");
        long started = System.nanoTime();

        RawHttp.Response refused =
                new RawHttp(port, "127.0.0.42").send("POST", "/api/v1/extractions", LONG_TEXT, TEXT_PLAIN);

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/timed-out");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("request");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        awaitIdle(); // the interrupted worker stopped
        assertThat(stopped("deadline")).isEqualTo(deadlines + 1);
        assertThat(stopped("client_gone")).isEqualTo(gone);
    }

    @Test
    void clientThatClosesItsConnectionStopsItsExtraction() throws Exception {
        awaitIdle();
        double deadlines = stopped("deadline");
        double gone = stopped("client_gone");

        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.43"), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/extractions HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + TEXT_PLAIN
                            + "\r\nContent-Length: " + LONG_TEXT.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(LONG_TEXT);
            out.flush();
            awaitBusy();
        } // the client hangs up while its extraction runs

        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (stopped("client_gone") == gone && stopped("deadline") == deadlines && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(stopped("client_gone"))
                .as("stopped because the client went away, before its deadline")
                .isEqualTo(gone + 1);
        assertThat(stopped("deadline")).isEqualTo(deadlines);
        awaitIdle();
    }

    private static final String TEXT_PLAIN = "Content-Type: text/plain;charset=UTF-8";

    private static RawHttp.Response extract(RawHttp client, String text) {
        return client.send("POST", "/api/v1/extractions", text.getBytes(StandardCharsets.UTF_8), TEXT_PLAIN);
    }

    /** atlas_extractions_stopped_total{reason}, 0 while there is no such counter. */
    private double stopped(String reason) {
        Counter counter =
                meters.find("atlas.extractions.stopped").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private void awaitBusy() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (gate.busyWorkers() == 0 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(gate.busyWorkers()).as("the extraction started").isPositive();
    }

    private void awaitIdle() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (gate.busyWorkers() > 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(gate.busyWorkers()).isZero();
    }

    /** Hospital names, indicators and consortium words without punctuation: the extractor's slowest kind of text. */
    private static byte[] longText(int bytes) {
        String[] words = {"长沙县人民医院", "开放床位", "门急诊人次", "同比增长", "2022年", "医共体", "牵头", "成员单位", "试点医院", "入选"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; ; i++) {
            String word = words[(i * 7) % words.length];
            if ((text.length() + word.length()) * 3 > bytes) {
                return text.toString().getBytes(StandardCharsets.UTF_8);
            }
            text.append(word);
        }
    }
}
