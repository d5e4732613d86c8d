package org.hospitalatlas.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One log line once the app is up (seeds loaded, web server listening): where the dashboard, Swagger UI and the API
 * are. Command-line runs (extract, import) start no web server and log nothing here.
 */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final Environment environment;

    ReadyMessage(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = environment.getProperty("local.server.port");
        if (port != null) {
            log.info(message(Integer.parseInt(port), environment.getProperty("server.servlet.context-path", "")));
        }
    }

    static String message(int port, String contextPath) {
        String base = "http://localhost:" + port + (contextPath == null ? "" : contextPath);
        return "Hospital Atlas is ready: dashboard " + base + "/ · Swagger UI " + base + "/swagger-ui.html · API "
                + base + "/api/v1 · health " + base + "/actuator/health";
    }
}
