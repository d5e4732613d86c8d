package org.hospitalatlas.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer the application writes (API, dashboard, Swagger UI, errors): no MIME sniffing,
 * never framed, no referrer, and a Content-Security-Policy that allows only this origin's scripts, styles, images
 * and fetches (inline styles and data: images are allowed: ECharts tooltips and Swagger UI use them). Set before the
 * chain runs, on every dispatch, so errors forwarded to /error carry them too; Tomcat's own error answers get them
 * from {@link ProblemErrorReportValve}.
 */
final class SecurityHeadersFilter implements Filter {

    static final String DEFAULT_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final String contentSecurityPolicy;

    SecurityHeadersFilter(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            apply(http, contentSecurityPolicy);
        }
        chain.doFilter(request, response);
    }

    static void apply(HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (contentSecurityPolicy != null && !contentSecurityPolicy.isBlank()) {
            response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        }
    }
}
