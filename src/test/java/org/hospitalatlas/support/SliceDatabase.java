package org.hospitalatlas.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.TestContextManager;

/**
 * Points a slice's context ({@link RepositorySlice}) at the PostgreSQL the integration tests use, so that a test run
 * starts one server, as before. With Docker that is {@link TestDatabase}'s container; without it, the embedded
 * PostgreSQL that the application itself starts ({@code EmbeddedPostgresConfiguration}) in the context every
 * {@link IntegrationTest} shares — taken from Spring's test context cache, where a slice that runs first puts it, so
 * that the integration tests after it find it there and still test the application's own way of starting its database.
 */
public final class SliceDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sliceDatabase", connection()));
    }

    private static Map<String, Object> connection() {
        Map<String, Object> properties = new HashMap<>();
        Map<String, Object> container = TestDatabase.containerConnection();
        if (container != null) {
            properties.putAll(container);
        } else {
            JdbcConnectionDetails application = new TestContextManager(TheApplication.class)
                    .getTestContext()
                    .getApplicationContext()
                    .getBean(JdbcConnectionDetails.class);
            properties.put("spring.datasource.url", application.getJdbcUrl());
            properties.put("spring.datasource.username", application.getUsername());
            properties.put("spring.datasource.password", application.getPassword());
        }
        // a slice reads on one connection at a time; the application's pool keeps its own
        properties.put("spring.datasource.hikari.maximum-pool-size", "2");
        return properties;
    }

    /** Configured as every integration test is, so that the context cache holds one application context for both. */
    @IntegrationTest
    static final class TheApplication {}
}
