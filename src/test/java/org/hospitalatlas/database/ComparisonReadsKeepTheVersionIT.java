package org.hospitalatlas.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A compare and a matrix read their hospitals and figures in one statement outside any transaction, on a read-only
 * connection: the kept data version is no more dropped by them than by the read-only transactions they replace.
 */
@IntegrationTest
class ComparisonReadsKeepTheVersionIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataVersion dataVersion;

    @Autowired
    DataVersionCache cache;

    @Test
    void aCompareAndAMatrixLeaveTheKeptVersionInPlace() throws InterruptedException {
        CompareFixture.ensure(jdbc);
        Api api = new Api(port);
        String hospitals = CompareFixture.ALPHA + "," + CompareFixture.EMPTY + "," + CompareFixture.GAMMA;
        // the catalogue is read again after a write, outside a read-only transaction, which drops the version once
        api.get("/api/v1/compare/indicators");
        DataVersionCache.Read kept = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            dataVersion.snapshot();
            DataVersionCache.Read read = cache.kept();
            if (read != null && read == kept) {
                break; // kept, and still kept 200 ms later: no notification of an earlier write is on its way
            }
            kept = read;
            Thread.sleep(200);
        }
        assertThat(kept).as("the listener listens and the version read is kept").isNotNull();

        assertThat(api.get("/api/v1/compare?indicator=beds_open&year=2021&hospitals=" + hospitals)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/compare?indicator=revenue_per_bed&hospitals=" + hospitals)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/compare/matrix?indicators=beds_open,revenue_per_bed&hospitals=" + hospitals)
                        .status())
                .isEqualTo(200);

        assertThat(cache.kept()).as("the same read, not dropped by the reads").isSameAs(kept);
    }
}
