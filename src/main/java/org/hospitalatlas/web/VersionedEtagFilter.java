package org.hospitalatlas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.database.DataVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * ETags for API reads from the data version instead of the body: a read is named by its URL, Accept and host, and
 * its answer can only change when the data does. So If-None-Match is answered with 304 before any query runs, and
 * successful answers are kept (up to {@code hospital-atlas.http.response-cache-entries}, each under
 * {@link #MAX_CACHED_BODY} bytes) and replayed while the version stands. Any committed write moves the version,
 * which invalidates every ETag and cached answer at once, on every instance sharing the database. Last-Modified is
 * the time of the last commit (see {@link DataVersion.Snapshot}); If-Modified-Since is answered 304 from it, unless
 * If-None-Match decides. The tag is the version and a 64-bit hash of the request's name, computed without building
 * it; an answer that is not kept goes out as it is written (no copy of the body), tagged when it is committed.
 */
class VersionedEtagFilter extends OncePerRequestFilter {

    static final int MAX_CACHED_BODY = 512 * 1024;

    /** Headers an answer is replayed with; CORS headers are left to the CORS filter of each request. */
    private static final List<String> REPLAYED = List.of(
            HttpHeaders.CACHE_CONTROL,
            HttpHeaders.VARY,
            HttpHeaders.LINK,
            PageHeaders.TOTAL_COUNT,
            HttpHeaders.CONTENT_DISPOSITION,
            HttpHeaders.CONTENT_LANGUAGE);

    private record Answer(
            long version, String etag, String contentType, Map<String, List<String>> headers, byte[] body) {}

    private final DataVersion dataVersion;
    private final ObjectProvider<HandlerExceptionResolver> exceptionResolver;
    private final CacheControl cacheControl;
    private final Map<String, Answer> answers;

    VersionedEtagFilter(
            DataVersion dataVersion,
            HttpProperties properties,
            ObjectProvider<HandlerExceptionResolver> exceptionResolver) {
        this.dataVersion = dataVersion;
        this.exceptionResolver = exceptionResolver;
        this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic();
        int capacity = properties.responseCacheEntries();
        this.answers = capacity <= 0
                ? null
                : Collections.synchronizedMap(new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                        return size() > capacity;
                    }
                });
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean get = "GET".equals(request.getMethod());
        if (!get && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // the version first: data read after it is at least as new, so the answer is never older than its ETag says
        DataVersion.Snapshot snapshot;
        try {
            snapshot = dataVersion.snapshot();
        } catch (RuntimeException e) {
            // raised outside the dispatcher (a database outage shows here first): answered by the same problem
            // advice as a controller's failure, a 503 problem+json rather than the servlet container's 500
            if (exceptionResolver.getObject().resolveException(request, response, null, e) != null) {
                return;
            }
            throw e;
        }
        long version = snapshot.version();
        String etag = etag(version, request);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)
                || notModifiedSince(request, snapshot.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            lastModified(response, snapshot);
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl.getHeaderValue());
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            return;
        }
        if (answers == null || !get) {
            // nothing to keep: no copy of the body, the tag goes on as the answer is committed
            TaggedResponse tagged = new TaggedResponse(response, etag, snapshot);
            chain.doFilter(request, tagged);
            tagged.complete(request);
            return;
        }
        String key = key(request);
        Answer cached = answers.get(key);
        if (cached != null && cached.version() == version) {
            lastModified(response, snapshot);
            replay(cached, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            // only answers that completed: an exception on the way out leaves nothing to tag or keep
            if (wrapper.getStatus() == HttpServletResponse.SC_OK && !request.isAsyncStarted()) {
                wrapper.setHeader(HttpHeaders.ETAG, etag);
                lastModified(wrapper, snapshot);
                if (wrapper.getContentSize() <= MAX_CACHED_BODY) {
                    answers.put(key, capture(version, etag, wrapper));
                }
            }
        } finally {
            wrapper.copyBodyToResponse();
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    private static void lastModified(HttpServletResponse response, DataVersion.Snapshot snapshot) {
        if (snapshot.lastModified() != null) {
            response.setDateHeader(
                    HttpHeaders.LAST_MODIFIED, snapshot.lastModified().toEpochMilli());
        }
    }

    /**
     * If-Modified-Since counts only without If-None-Match (RFC 9110, 13.2.2), and only when the data's time is known;
     * an unreadable date is ignored, as the RFC asks.
     */
    private static boolean notModifiedSince(HttpServletRequest request, Instant lastModified) {
        if (lastModified == null || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since >= 0 && lastModified.toEpochMilli() <= since;
    }

    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query)
                + "\n" + String.valueOf(request.getHeader(HttpHeaders.ACCEPT))
                + "\n" + String.valueOf(request.getHeader(HttpHeaders.HOST))
                + "\n" + request.getScheme();
    }

    /**
     * {@code "v<version>-<hash>"}: the hash (64-bit FNV-1a, then mixed) of what {@link #key} joins, URL, query, Accept,
     * Host and scheme. Only representations of one URL are ever compared by their tags (JSON and CSV differ by Accept),
     * so a cryptographic digest buys nothing here.
     */
    static String etag(long version, HttpServletRequest request) {
        long hash = 0xcbf29ce484222325L;
        hash = hash(hash, request.getRequestURI());
        hash = hash(hash, request.getQueryString());
        hash = hash(hash, request.getHeader(HttpHeaders.ACCEPT));
        hash = hash(hash, request.getHeader(HttpHeaders.HOST));
        hash = hash(hash, request.getScheme());
        return "\"v" + version + "-" + HexFormat.of().toHexDigits(mix(hash)) + "\"";
    }

    /** Adds {@code part} and a separator (null apart from empty) to an FNV-1a hash, a character at a time. */
    private static long hash(long hash, String part) {
        if (part != null) {
            for (int i = 0; i < part.length(); i++) {
                hash = (hash ^ part.charAt(i)) * 0x100000001b3L;
            }
        }
        return (hash ^ (part == null ? 0x10000 : 0x10001)) * 0x100000001b3L;
    }

    /** The finaliser of MurmurHash3: every bit of the input moves every bit of the tag. */
    private static long mix(long h) {
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static Answer capture(long version, String etag, ContentCachingResponseWrapper wrapper) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : REPLAYED) {
            List<String> values = new ArrayList<>(wrapper.getHeaders(name));
            if (!values.isEmpty()) {
                headers.put(name, List.copyOf(values));
            }
        }
        return new Answer(version, etag, wrapper.getContentType(), headers, wrapper.getContentAsByteArray());
    }

    private static void replay(Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(HttpHeaders.ETAG, answer.etag());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
