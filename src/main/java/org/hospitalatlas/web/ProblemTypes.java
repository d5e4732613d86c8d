package org.hospitalatlas.web;

import java.net.URI;

/** The stable {@code type} URIs of the problems the app answers with, one per kind of failure a client tells apart. */
final class ProblemTypes {

    private ProblemTypes() {}

    static final URI NOT_FOUND = URI.create("/problems/not-found");
    static final URI INVALID_INPUT = URI.create("/problems/invalid-input");
    static final URI INTERNAL = URI.create("/problems/internal-error");
    static final URI TOO_LARGE = URI.create("/problems/body-too-large");
    static final URI NOT_TEXT = URI.create("/problems/not-text");
    static final URI UNAUTHORIZED = URI.create("/problems/api-key-required");
    static final URI WRITES_DISABLED = URI.create("/problems/writes-disabled");
    static final URI METRICS_KEY_REQUIRED = URI.create("/problems/metrics-key-required");
    static final URI METRICS_DISABLED = URI.create("/problems/metrics-disabled");
    static final URI BUSY = URI.create("/problems/busy");
    static final URI NOT_ACCEPTABLE = URI.create("/problems/not-acceptable");
    static final URI RATE_LIMITED = URI.create("/problems/rate-limited");
    static final URI TIMED_OUT = URI.create("/problems/timed-out");
    static final URI DATABASE_UNAVAILABLE = URI.create("/problems/database-unavailable");
}
