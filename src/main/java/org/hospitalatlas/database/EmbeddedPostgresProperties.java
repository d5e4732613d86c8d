package org.hospitalatlas.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir where the cluster lives between runs
 * @param ephemeral use a throw-away directory, deleted on shutdown (tests, demos)
 * @param port fixed port, or 0 for any free port
 * @param settings server settings ({@code postgresql.conf} names) given to the server at start
 */
@ConfigurationProperties("hospital-atlas.embedded-postgres")
record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") Path dataDir,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("0") int port,
        Map<String, String> settings) {

    EmbeddedPostgresProperties {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
