package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, finding 1 (web side): the extractor, open without a key, is rate-limited per client. Each test is a
 * client of its own: it connects from an address of the loopback range no other test uses.
 */
@IntegrationTest
class ExtractionLimitsIT {

    private static final byte[] TEXT = "2023年，郴州市第一人民医院出院人次6.3万。".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Test
    void clientPastItsAllowanceGets429WithRetryAfterAndOthersStillGetIn() {
        RawHttp client = new RawHttp(port, "127.0.0.23");
        for (int i = 0; i < 30; i++) {
            RawHttp.Response response = extract(client);
            assertThat(response.status())
                    .as("extraction %d: %s", i + 1, response.body())
                    .isEqualTo(200);
            assertThat(response.json().get("indicators").size()).isPositive();
        }

        RawHttp.Response refused = extract(client);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/rate-limited");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("request");

        assertThat(extract(new RawHttp(port, "127.0.0.24")).status()).isEqualTo(200);
    }

    private static RawHttp.Response extract(RawHttp client) {
        return client.send("POST", "/api/v1/extractions", TEXT, "Content-Type: text/plain;charset=UTF-8");
    }
}
