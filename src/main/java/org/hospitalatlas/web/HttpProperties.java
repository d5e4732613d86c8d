package org.hospitalatlas.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code hospital-atlas.http.cache-max-age}: how long clients and shared caches may reuse a read. */
@ConfigurationProperties("hospital-atlas.http")
record HttpProperties(@DefaultValue("60s") Duration cacheMaxAge) {}
