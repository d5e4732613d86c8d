package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hospitalatlas.database.DataVersion;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** An answer that is not kept goes out unbuffered and is tagged as it is committed, only if it is a 200 then. */
class TaggedResponseTest {

    private static final String ETAG = "\"v7-0123456789abcdef\"";
    private static final Instant CHANGED = Instant.parse("2026-12-06T10:00:00Z");

    private final MockHttpServletResponse target = new MockHttpServletResponse();
    private final TaggedResponse response = new TaggedResponse(target, ETAG, new DataVersion.Snapshot(7, CHANGED));

    @Test
    void aSuccessfulAnswerIsTaggedAsItsFirstByteGoesOutAndPassesThroughUnbuffered() throws Exception {
        response.setStatus(200);
        response.getOutputStream().write("{\"a\":".getBytes(StandardCharsets.UTF_8));

        assertThat(target.getHeader("ETag")).isEqualTo(ETAG);
        assertThat(target.getDateHeader("Last-Modified")).isEqualTo(CHANGED.toEpochMilli());
        assertThat(target.getContentAsString())
                .as("already in the response, not held back")
                .isEqualTo("{\"a\":");
        response.getOutputStream().write("1}".getBytes(StandardCharsets.UTF_8));
        response.complete(new MockHttpServletRequest());
        assertThat(target.getContentAsString()).isEqualTo("{\"a\":1}");
        assertThat(target.getHeaders("ETag")).containsExactly(ETAG);
    }

    @Test
    void aProblemIsNeverTagged() throws Exception {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.getWriter().write("{\"status\":404}");
        response.complete(new MockHttpServletRequest());

        assertThat(target.getHeader("ETag")).isNull();
        assertThat(target.getHeader("Last-Modified")).isNull();
        assertThat(target.getContentAsString()).isEqualTo("{\"status\":404}");
    }

    @Test
    void anAnswerWithoutABodyIsTaggedWhenTheChainReturns() {
        response.setStatus(200);
        assertThat(target.getHeader("ETag")).isNull();

        response.complete(new MockHttpServletRequest());
        assertThat(target.getHeader("ETag")).isEqualTo(ETAG);
    }

    @Test
    void aResetAnswerIsDecidedAgainByWhatReplacesIt() throws Exception {
        response.setStatus(200);
        response.getOutputStream().write('{'); // tagged, still in the buffer: then a failure, and a new answer
        response.reset();
        assertThat(target.getHeader("ETag")).isNull();
        response.setStatus(200);
        response.getOutputStream().write('[');
        assertThat(target.getHeader("ETag")).as("the new answer's own decision").isEqualTo(ETAG);

        response.reset();
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.getOutputStream().write('x');
        assertThat(target.getHeader("ETag")).isNull();
    }
}
