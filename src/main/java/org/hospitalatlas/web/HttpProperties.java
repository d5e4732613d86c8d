package org.hospitalatlas.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hospital-atlas.http.*}.
 *
 * @param cacheMaxAge how long clients and shared caches may reuse a read
 * @param responseCacheEntries how many API answers the app keeps for replay while the data version stands; 0: none
 */
@ConfigurationProperties("hospital-atlas.http")
record HttpProperties(
        @DefaultValue("60s") Duration cacheMaxAge,
        @DefaultValue("1000") int responseCacheEntries) {}
