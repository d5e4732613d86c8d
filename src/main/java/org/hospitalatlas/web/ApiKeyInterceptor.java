package org.hospitalatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Writes need the configured API key in {@code X-API-Key}; without a configured key, writes are disabled.
 * Reads, and requests that change nothing (the extractor), stay open.
 */
class ApiKeyInterceptor implements HandlerInterceptor {

    static final String HEADER = "X-API-Key";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final byte[] key;

    ApiKeyInterceptor(String key) {
        this.key = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (SAFE_METHODS.contains(request.getMethod())
                || request.getRequestURI().startsWith("/api/v1/extractions")) {
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
