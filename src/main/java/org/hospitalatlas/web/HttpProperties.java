package org.hospitalatlas.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hospital-atlas.http.*}.
 *
 * @param cacheMaxAge how long clients and shared caches may reuse a read
 * @param responseCacheEntries how many API answers the app keeps for replay while the data version stands; 0: none
 * @param baseUrl the public address of the app (https://atlas.example.org) that paging {@code Link}s start with;
 *     unset: the links are relative ({@code /api/v1/…}), never built from the request's {@code Host}
 * @param contentSecurityPolicy the {@code Content-Security-Policy} of every answer; empty: none sent
 */
@ConfigurationProperties("hospital-atlas.http")
record HttpProperties(
        @DefaultValue("60s") Duration cacheMaxAge,
        @DefaultValue("1000") int responseCacheEntries,
        URI baseUrl,

        @DefaultValue(SecurityHeadersFilter.DEFAULT_CONTENT_SECURITY_POLICY)
        String contentSecurityPolicy) {

    HttpProperties {
        if (baseUrl != null) {
            if (!baseUrl.isAbsolute()
                    || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))
                    || baseUrl.getRawQuery() != null
                    || baseUrl.getRawFragment() != null) {
                throw new IllegalArgumentException(
                        "hospital-atlas.http.base-url must be an http(s) address without query, like"
                                + " https://atlas.example.org (was " + baseUrl + ")");
            }
            String text = baseUrl.toString();
            baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        }
    }
}
