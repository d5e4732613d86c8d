package org.hospitalatlas.document;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hospital-atlas.extraction.*}: how much of the machine {@code POST /api/v1/extractions}, which needs no key,
 * may take.
 *
 * @param requestsPerMinute extractions one client (remote address) may ask for per minute; beyond: 429
 * @param maxConcurrent extractions running at once over all clients; beyond: 503
 * @param timeout how long one extraction may run before it is stopped and answered 503
 * @param trackedClients how many clients' rate limits are remembered (the least recent are forgotten first)
 */
@ConfigurationProperties("hospital-atlas.extraction")
record ExtractionLimits(
        @DefaultValue("30") int requestsPerMinute,
        @DefaultValue("2") int maxConcurrent,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("10000") int trackedClients) {

    ExtractionLimits {
        if (requestsPerMinute < 1 || maxConcurrent < 1 || trackedClients < 1) {
            throw new IllegalArgumentException(
                    "hospital-atlas.extraction.requests-per-minute, max-concurrent and tracked-clients must be"
                            + " at least 1");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("hospital-atlas.extraction.timeout must be positive");
        }
    }
}
