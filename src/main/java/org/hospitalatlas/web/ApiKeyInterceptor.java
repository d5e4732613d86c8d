package org.hospitalatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Writes need the configured API key in {@code X-API-Key}; without a configured key, writes are disabled.
 * Reads, and requests that change nothing (the extractor), stay open.
 */
class ApiKeyInterceptor implements HandlerInterceptor {

    static final String HEADER = "X-API-Key";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String EXTRACTOR = "/api/v1/extractions";

    private final byte[] key;

    ApiKeyInterceptor(String key) {
        this.key = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!needsKey(request.getMethod(), request.getRequestURI())) {
            return true;
        }
        if (key == null) {
            throw new WriteAccessException(
                    false, "Writes are disabled: the server has no API key configured (hospital-atlas.api-key).");
        }
        String given = request.getHeader(HEADER);
        if (given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            throw new WriteAccessException(true, "This write needs a valid API key in the " + HEADER + " header.");
        }
        return true;
    }

    /**
     * Whether a request to this path (under {@code /api/}) needs the key: the rule the OpenAPI document's
     * security requirements are drawn from too, so the two cannot disagree.
     */
    static boolean needsKey(String method, String path) {
        return !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT)) && !path.startsWith(EXTRACTOR);
    }

    /** A write refused: {@code keyRequired} when a key would have let it through (401), else disabled (403). */
    static final class WriteAccessException extends RuntimeException {
        private final boolean keyRequired;

        WriteAccessException(boolean keyRequired, String message) {
            super(message);
            this.keyRequired = keyRequired;
        }

        boolean keyRequired() {
            return keyRequired;
        }
    }
}
