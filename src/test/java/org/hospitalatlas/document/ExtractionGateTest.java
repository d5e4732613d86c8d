package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.AsyncEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hospitalatlas.extraction.DocumentExtractor;
import org.hospitalatlas.shared.OverloadedException;
import org.hospitalatlas.shared.OverloadedException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.StandardServletAsyncWebRequest;
import org.springframework.web.context.request.async.WebAsyncManager;
import org.springframework.web.context.request.async.WebAsyncUtils;

/** The extractor's limits, driven with work that waits for the test instead of slow texts. */
class ExtractionGateTest {

    private ExtractionGate gate;

    @AfterEach
    void stop() {
        if (gate != null) {
            gate.destroy();
        }
    }

    @Test
    void extractionPastItsDeadlineIsInterruptedAndAnsweredTimedOut() throws Exception {
        gate = new ExtractionGate(new ExtractionLimits(30, 1, Duration.ofMillis(300), 100));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        long started = System.nanoTime();

        DeferredResult<String> answer = gate.run(() -> untilInterrupted(running, interrupted));

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        awaitResult(answer);
        assertThat(answer.getResult()).isInstanceOfSatisfying(OverloadedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT);
            assertThat(e.retryAfterSeconds()).isPositive();
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        awaitIdle();
    }

    /** The real extractor on a long hostile text: the deadline's interrupt stops it, the worker comes free. */
    @Test
    void theRealExtractorStopsWhenItsDeadlinePasses() throws Exception {
        gate = new ExtractionGate(new ExtractionLimits(30, 1, Duration.ofMillis(200), 100));
        StringBuilder text = new StringBuilder();
        String[] words = {"长沙县人民医院", "开放床位", "门急诊人次", "同比增长", "2022年", "医共体", "牵头", "成员单位", "试点医院", "入选"};
        for (int i = 0; text.length() < 2_000_000; i++) {
            text.append(words[(i * 7) % words.length]);
        }
        DocumentExtractor extractor = DocumentExtractor.withDefaultResources();
        long started = System.nanoTime();

        DeferredResult<Object> answer = gate.run(() -> extractor.extract(text.toString(), null));

        awaitResult(answer);
        assertThat(answer.getResult())
                .isInstanceOfSatisfying(
                        OverloadedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT));
        awaitIdle(); // the worker stopped: extracting 2 million characters takes far longer than this wait
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void excessConcurrentExtractionsAreRefusedAtOnceWithRetryAfter() throws Exception {
        gate = new ExtractionGate(new ExtractionLimits(30, 2, Duration.ofSeconds(30), 100));
        CountDownLatch release = new CountDownLatch(1);
        DeferredResult<String> first = gate.run(() -> waitFor(release));
        DeferredResult<String> second = gate.run(() -> waitFor(release));

        assertThatThrownBy(() -> gate.run(() -> "third")).isInstanceOfSatisfying(OverloadedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.BUSY);
            assertThat(e.retryAfterSeconds()).isPositive();
        });

        release.countDown();
        awaitResult(first);
        awaitResult(second);
        assertThat(first.getResult()).isEqualTo("done");
        awaitIdle();
        DeferredResult<String> later = gate.run(() -> "later");
        awaitResult(later);
        assertThat(later.getResult()).isEqualTo("later");
    }

    @Test
    void clientThatGoesAwayInterruptsItsWorker() throws Exception {
        gate = new ExtractionGate(new ExtractionLimits(30, 1, Duration.ofSeconds(30), 100));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/extractions");
        request.setAsyncSupported(true);
        StandardServletAsyncWebRequest asyncRequest =
                new StandardServletAsyncWebRequest(request, new MockHttpServletResponse());
        WebAsyncManager manager = WebAsyncUtils.getAsyncManager(request);
        manager.setAsyncWebRequest(asyncRequest);

        DeferredResult<String> answer = gate.run(() -> untilInterrupted(started, interrupted));
        manager.startDeferredResultProcessing(answer);
        // the connection breaks while the worker is busy (on a loaded machine it may start late)
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        // what the container reports when the connection breaks
        asyncRequest.onError(new AsyncEvent(request.getAsyncContext(), new IOException("Connection reset by peer")));

        assertThat(interrupted.await(30, TimeUnit.SECONDS)).isTrue();
        awaitIdle();
    }

    @Test
    void eachClientHasItsOwnAllowance() {
        gate = new ExtractionGate(new ExtractionLimits(3, 1, Duration.ofSeconds(30), 100));
        for (int i = 0; i < 3; i++) {
            gate.admit("192.0.2.1");
        }
        assertThatThrownBy(() -> gate.admit("192.0.2.1")).isInstanceOfSatisfying(OverloadedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
            // one extraction comes back every 20 s at 3 a minute
            assertThat(e.retryAfterSeconds()).isBetween(1L, 20L);
        });
        gate.admit("192.0.2.2");
    }

    /** Works until interrupted, then stops as the extractor does. */
    private static String untilInterrupted(CountDownLatch started, CountDownLatch interrupted) {
        started.countDown();
        while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
        interrupted.countDown();
        throw new CancellationException("interrupted");
    }

    private static String waitFor(CountDownLatch release) throws InterruptedException {
        assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
        return "done";
    }

    private static void awaitResult(DeferredResult<?> answer) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!answer.hasResult() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(answer.hasResult()).isTrue();
    }

    private void awaitIdle() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gate.busyWorkers() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(gate.busyWorkers()).isZero();
    }
}
