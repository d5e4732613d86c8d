package org.hospitalatlas.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The seed documents imported on start.
 *
 * @param load import them on start
 * @param location a folder of {@code *.txt} documents with an optional {@code manifest.json}
 * @param realCorpus also import the real published texts in the folder {@code real/} under {@code location}
 *     (only when {@code load} is on)
 */
@ConfigurationProperties("hospital-atlas.seeds")
record SeedProperties(
        @DefaultValue("true") boolean load,
        @DefaultValue("classpath:seeds/") String location,
        @DefaultValue("true") boolean realCorpus) {}
