package org.hospitalatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test: the whole app on a random port against the one shared PostgreSQL of this test
 * run (see {@link TestDatabase}). Keep this configuration identical everywhere so Spring caches a single
 * context — and a single database — for all {@code *IT} classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "hospital-atlas.api-key=" + IntegrationTest.API_KEY,
            "hospital-atlas.api-keys.importer=" + IntegrationTest.IMPORTER_KEY_SHA256,
            "hospital-atlas.bulk-import.partition-min-rows=" + IntegrationTest.PARTITION_MIN_ROWS,
            "hospital-atlas.bulk-import.lock-timeout=" + IntegrationTest.LOCK_TIMEOUT,
            "hospital-atlas.extraction.timeout=" + IntegrationTest.EXTRACTION_TIMEOUT,
            "hospital-atlas.metrics-key=" + IntegrationTest.METRICS_KEY,
            // the tests assert figures of the five seeds; RealCorpusIT loads the real corpus itself and rolls it back
            "hospital-atlas.seeds.real-corpus=false"
        })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
public @interface IntegrationTest {

    /** The API key integration tests send for writes. */
    String API_KEY = "test-api-key";

    /** A second key, named importer, configured as its SHA-256 only. */
    String IMPORTER_KEY = "importer-secret";

    /** printf %s importer-secret | sha256sum */
    String IMPORTER_KEY_SHA256 = "742b794ba37e8a54b277011300440cfbe6319492b623d1c6ad0525150e91efaa";

    /** From how many indicator values a first load of a dataset gets a partition of its own, in tests. */
    int PARTITION_MIN_ROWS = 200;

    /** How long an import waits for other writers before answering 503, in tests. */
    String LOCK_TIMEOUT = "3s";

    /**
     * How long an extraction may run, in tests: far above what the tests' short texts take, far below what the
     * longest text the API takes does (ExtractionOverHttpIT).
     */
    String EXTRACTION_TIMEOUT = "2s";

    /** The key that reads /actuator/prometheus and the other actuator endpoints beyond health. */
    String METRICS_KEY = "test-metrics-key";
}
