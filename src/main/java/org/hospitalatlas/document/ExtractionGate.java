package org.hospitalatlas.document;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hospitalatlas.shared.OverloadedException;
import org.hospitalatlas.shared.OverloadedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * What keeps the extractor, which needs no key, from taking the machine: a token bucket per client (Bucket4j), a
 * fixed number of worker threads with no queue (an extraction either starts now or is answered 503), and a
 * deadline after which the worker is interrupted (the extractor stops with a {@link CancellationException}) and the
 * client answered 503. A client that goes away before the answer interrupts its worker too: the container reports a
 * broken connection only when it writes, so a running extraction also looks at its client's connection every
 * {@link #CLIENT_CHECK} ({@link ClientConnection}, docs/operations.md). A worker that has been interrupted but not
 * yet stopped still counts against the limit, so the CPU it takes stays bounded.
 */
@Component
@EnableConfigurationProperties(ExtractionLimits.class)
final class ExtractionGate implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExtractionGate.class);

    /** A field for problem answers: the whole request is what is refused. */
    static final String FIELD = "request";

    static final String STOPPED_DEADLINE = "deadline";
    static final String STOPPED_CLIENT_GONE = "client_gone";

    /** How often a running extraction looks whether its client is still connected. */
    static final Duration CLIENT_CHECK = Duration.ofMillis(250);

    private final ExtractionLimits limits;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService deadlines;
    private final Map<String, Bucket> buckets;
    private final MeterRegistry meters;

    /** For tests: the counters go nowhere. */
    ExtractionGate(ExtractionLimits limits) {
        this(limits, new SimpleMeterRegistry());
    }

    @Autowired
    ExtractionGate(ExtractionLimits limits, MeterRegistry meters) {
        this.limits = limits;
        this.meters = meters;
        stops(STOPPED_DEADLINE);
        stops(STOPPED_CLIENT_GONE);
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                limits.maxConcurrent(),
                limits.maxConcurrent(),
                1,
                TimeUnit.MINUTES,
                new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "extraction-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
        this.workers.allowCoreThreadTimeOut(true);
        this.deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "extraction-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        int tracked = limits.trackedClients();
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > tracked;
            }
        });
    }

    /** Takes one extraction from the client's allowance, or refuses with the time until the next one (429). */
    void admit(String client) {
        Bucket bucket = buckets.computeIfAbsent(
                client,
                c -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(limits.requestsPerMinute())
                                .refillGreedy(limits.requestsPerMinute(), Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new OverloadedException(
                    Reason.RATE_LIMITED,
                    FIELD,
                    "At most " + limits.requestsPerMinute() + " extractions a minute per client; try again later.",
                    Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** {@link #run(Callable, ClientConnection)} for work no client waits on (tests, the command line). */
    <T> DeferredResult<T> run(Callable<T> work) {
        return run(work, ClientConnection.UNKNOWN);
    }

    /**
     * Starts the work on a free worker, or refuses at once (503) when all are busy. The answer completes with the
     * work's result, or with a timed-out refusal once the deadline passes; the worker is interrupted then, and
     * as soon as the {@code client}'s connection is seen gone (checked every {@link #CLIENT_CHECK}).
     */
    <T> DeferredResult<T> run(Callable<T> work, ClientConnection client) {
        // the container's own async timeout is a backstop only: the deadline below answers first
        DeferredResult<T> answer = new DeferredResult<>(limits.timeout().toMillis() + 30_000);
        // the result is set under this lock, and the client's connection is only looked at under it while there
        // is none: once answered, the request belongs to the container again (and is recycled after the answer)
        Object lock = new Object();
        Future<?> running = start(work, answer, lock);
        Future<?> deadline = deadlines.schedule(
                () -> stopAtDeadline(running, answer, lock), limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        Future<?> watch = deadlines.scheduleWithFixedDelay(
                () -> stopIfClientGone(running, answer, lock, client),
                CLIENT_CHECK.toMillis(),
                CLIENT_CHECK.toMillis(),
                TimeUnit.MILLISECONDS);
        answer.onError(error -> {
            // the container saw the connection break (a failed write, an async error)
            if (running.cancel(true)) {
                stopped(STOPPED_CLIENT_GONE, error.getClass().getSimpleName());
            }
        });
        answer.onTimeout(() -> {
            running.cancel(true);
            answer.setErrorResult(timedOut());
        });
        answer.onCompletion(() -> {
            deadline.cancel(false);
            watch.cancel(false);
        });
        return answer;
    }

    /** Submits the work to a free worker, whose result (or failure) completes the answer; 503 when none is free. */
    private <T> Future<?> start(Callable<T> work, DeferredResult<T> answer, Object lock) {
        try {
            return workers.submit(() -> {
                Object result;
                try {
                    result = work.call();
                } catch (CancellationException stopped) {
                    result = timedOut();
                } catch (Exception | StackOverflowError e) {
                    result = e;
                }
                synchronized (lock) {
                    if (result instanceof Throwable error) {
                        answer.setErrorResult(error);
                    } else {
                        @SuppressWarnings("unchecked")
                        T value = (T) result;
                        answer.setResult(value);
                    }
                }
            });
        } catch (RejectedExecutionException full) {
            throw new OverloadedException(
                    Reason.BUSY,
                    FIELD,
                    "All " + limits.maxConcurrent() + " extraction workers are busy; try again shortly.",
                    Duration.ofSeconds(Math.min(30, Math.max(1, limits.timeout().toSeconds() / 2))));
        }
    }

    /** At the deadline: answers timed out and interrupts the worker, unless the work is done. */
    private void stopAtDeadline(Future<?> running, DeferredResult<?> answer, Object lock) {
        boolean stopped;
        synchronized (lock) {
            stopped = !running.isDone() && answer.setErrorResult(timedOut());
        }
        if (stopped) {
            running.cancel(true);
            stops(STOPPED_DEADLINE).increment();
            log.info("Extraction stopped after {} (hospital-atlas.extraction.timeout)", limits.timeout());
        }
    }

    /** While unanswered: when the client's connection is gone, answers nothing and interrupts the worker. */
    private void stopIfClientGone(Future<?> running, DeferredResult<?> answer, Object lock, ClientConnection client) {
        boolean gone;
        synchronized (lock) {
            gone = !answer.hasResult() && client.isGone();
            if (gone) {
                // what Spring raises for a connection that broke: answered with nothing, logged quietly
                answer.setErrorResult(new AsyncRequestNotUsableException("the client closed its connection"));
            }
        }
        if (gone && running.cancel(true)) {
            stopped(STOPPED_CLIENT_GONE, "the client's connection is closed");
        }
    }

    private void stopped(String reason, String why) {
        stops(reason).increment();
        log.info("Extraction stopped: the client went away ({})", why);
    }

    /** {@code atlas_extractions_stopped_total{reason}}: extractions interrupted before their end. */
    private Counter stops(String reason) {
        return Counter.builder("atlas.extractions.stopped")
                .description("Extractions interrupted before their end: past hospital-atlas.extraction.timeout"
                        + " (deadline) or because the client went away (client_gone)")
                .tag("reason", reason)
                .register(meters);
    }

    private OverloadedException timedOut() {
        return new OverloadedException(
                Reason.TIMED_OUT,
                FIELD,
                "The extraction took longer than " + limits.timeout().toSeconds()
                        + " s and was stopped; send a shorter text or split it.",
                Duration.ofSeconds(Math.min(30, Math.max(1, limits.timeout().toSeconds() / 2))));
    }

    /** Workers running or interrupted but not yet stopped. */
    int busyWorkers() {
        return workers.getActiveCount();
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
        deadlines.shutdownNow();
    }
}
