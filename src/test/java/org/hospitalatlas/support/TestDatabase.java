package org.hospitalatlas.support;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Chooses the test run's PostgreSQL once per JVM: a Testcontainers {@code postgres:17-alpine} when a
 * Docker engine answers, otherwise the app's own embedded PostgreSQL 17 in a throw-away directory.
 * Either way every integration test talks to a real PostgreSQL.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final Map<String, Object> PROPERTIES = choose();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", PROPERTIES));
    }

    /**
     * The container's URL and credentials, or null when the application starts its own embedded PostgreSQL (which
     * {@link SliceDatabase} then finds).
     */
    static Map<String, Object> containerConnection() {
        return PROPERTIES.containsKey("spring.datasource.url") ? PROPERTIES : null;
    }

    private static Map<String, Object> choose() {
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            log.info("Test database: Testcontainers {} at {}", container.getDockerImageName(), container.getJdbcUrl());
            return Map.of(
                    "spring.datasource.url", container.getJdbcUrl(),
                    "spring.datasource.username", container.getUsername(),
                    "spring.datasource.password", container.getPassword());
        }
        log.info("Test database: no Docker engine answers, using the embedded PostgreSQL 17 (throw-away directory)");
        return Map.of("hospital-atlas.embedded-postgres.ephemeral", "true");
    }

    private static boolean dockerAnswers() {
        if (!dockerMayAnswer()) {
            return false; // asking Testcontainers would log an ERROR for what is the normal case here
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** A Docker engine can only answer where one is configured or its socket exists. */
    private static boolean dockerMayAnswer() {
        String home = System.getProperty("user.home", "");
        return System.getenv("DOCKER_HOST") != null
                || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(home, ".docker", "run", "docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(home, ".testcontainers.properties"))
                || System.getProperty("os.name", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("win");
    }
}
