package org.hospitalatlas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The actuator endpoints beyond health need a metrics key: {@code /actuator/prometheus} shows every endpoint's traffic,
 * the pool and the JVM, which is for the operator's scraper, not for the public. Health and its groups
 * ({@code /actuator/health}, {@code /health/liveness}, {@code /health/readiness}) stay open for load balancers and
 * orchestrators. The key comes as {@code Authorization: Bearer <key>} (what Prometheus' {@code authorization}
 * setting sends) or in {@code X-API-Key}; write keys do not read metrics and metrics keys do not write.
 */
final class ActuatorAccessFilter extends OncePerRequestFilter {

    static final String BEARER = "Bearer ";

    private final String basePath;
    private final ApiKeys keys;
    private final ObjectProvider<HandlerExceptionResolver> exceptionResolver;

    ActuatorAccessFilter(String basePath, ApiKeys keys, ObjectProvider<HandlerExceptionResolver> exceptionResolver) {
        this.basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        this.keys = keys;
        this.exceptionResolver = exceptionResolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isPublic(path) || !isActuator(path)) {
            chain.doFilter(request, response);
            return;
        }
        MetricsAccessException refused = null;
        if (keys.isEmpty()) {
            refused = new MetricsAccessException(
                    false,
                    "The actuator endpoints beyond health are disabled: the server has no metrics key configured"
                            + " (hospital-atlas.metrics-key or hospital-atlas.metrics-keys.<name>).");
        } else if (keys.nameOf(presented(request)) == null) {
            refused = new MetricsAccessException(
                    true,
                    "This endpoint needs a metrics key, as Authorization: Bearer <key> or in the "
                            + ApiKeyInterceptor.HEADER + " header.");
        }
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        // outside the dispatcher: answered by the same problem advice as a controller's failure
        if (exceptionResolver.getObject().resolveException(request, response, null, refused) == null) {
            throw refused;
        }
    }

    private boolean isActuator(String path) {
        return path.equals(basePath) || path.startsWith(basePath + "/");
    }

    /** Health, its components and its groups (liveness, readiness). */
    private boolean isPublic(String path) {
        String health = basePath + "/health";
        return path.equals(health) || path.startsWith(health + "/");
    }

    private static String presented(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null
                && authorization.length() > BEARER.length()
                && authorization
                        .substring(0, BEARER.length())
                        .toLowerCase(Locale.ROOT)
                        .equals("bearer ")) {
            return authorization.substring(BEARER.length()).strip();
        }
        return request.getHeader(ApiKeyInterceptor.HEADER);
    }

    /** A read of a protected actuator endpoint refused: {@code keyRequired} (401), else none configured (403). */
    static final class MetricsAccessException extends RuntimeException {
        private final boolean keyRequired;

        MetricsAccessException(boolean keyRequired, String message) {
            super(message);
            this.keyRequired = keyRequired;
        }

        boolean keyRequired() {
            return keyRequired;
        }
    }
}
