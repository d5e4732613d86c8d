package org.hospitalatlas.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hospital-atlas.cors.allowed-origins}: the browser origins (dashboards) allowed to read
 * {@code /api/**}, exact ({@code https://dash.example.org}) or patterns ({@code https://*.example.org}).
 * None by default: a browser page on another origin cannot read the API until one is listed.
 */
@ConfigurationProperties("hospital-atlas.cors")
record CorsProperties(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("1h") Duration maxAge) {

    CorsProperties {
        allowedOrigins = allowedOrigins == null
                ? List.of()
                : allowedOrigins.stream()
                        .map(String::strip)
                        .filter(origin -> !origin.isEmpty())
                        .toList();
    }
}
