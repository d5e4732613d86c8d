package org.hospitalatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Writes need one of the configured API keys in {@code X-API-Key}; without a configured key, writes are disabled.
 * Reads, and requests that change nothing (the extractor), stay open. A write let through carries its key's name
 * ({@link WriteAccess#keyName}) and is logged with it, so every write can be traced to a key holder.
 */
class ApiKeyInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyInterceptor.class);

    static final String HEADER = "X-API-Key";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String EXTRACTOR = "/api/v1/extractions";

    private final ApiKeys keys;

    ApiKeyInterceptor(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!needsKey(request.getMethod(), request.getRequestURI())) {
            return true;
        }
        if (keys.isEmpty()) {
            throw new WriteAccessException(
                    false,
                    "Writes are disabled: the server has no API key configured (hospital-atlas.api-key or"
                            + " hospital-atlas.api-keys.<name>).");
        }
        String name = keys.nameOf(request.getHeader(HEADER));
        if (name == null) {
            throw new WriteAccessException(true, "This write needs a valid API key in the " + HEADER + " header.");
        }
        request.setAttribute(WriteAccess.KEY_NAME_ATTRIBUTE, name);
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
        Object name = request.getAttribute(WriteAccess.KEY_NAME_ATTRIBUTE);
        if (name != null) {
            log.info(
                    "Write {} {} with API key '{}': {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    name,
                    exception == null
                            ? response.getStatus()
                            : exception.getClass().getSimpleName());
        }
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
