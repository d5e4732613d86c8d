package org.hospitalatlas.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The seed documents imported on start.
 *
 * @param load import them on start
 * @param location a folder of {@code *.txt} documents with an optional {@code manifest.json}
 */
@ConfigurationProperties("hospital-atlas.seeds")
record SeedProperties(
        @DefaultValue("true") boolean load,
        @DefaultValue("classpath:seeds/") String location) {}
