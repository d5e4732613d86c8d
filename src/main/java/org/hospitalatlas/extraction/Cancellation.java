package org.hospitalatlas.extraction;

import java.util.concurrent.CancellationException;

/**
 * The extractor's answer to a caller that gave up: work runs on the caller's thread, and an interrupt of that thread
 * (a deadline passed, the client went away) stops the reading at the next sentence or mention rather than at the end.
 */
final class Cancellation {

    private Cancellation() {}

    /** Throws {@link CancellationException} when the current thread has been interrupted. */
    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("extraction interrupted");
        }
    }
}
