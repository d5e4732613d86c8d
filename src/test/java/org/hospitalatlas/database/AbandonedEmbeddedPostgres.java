package org.hospitalatlas.database;

import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a JVM of its own by {@link EmbeddedPostgresStartIT}: starts the embedded PostgreSQL on the data directory
 * given as the argument, says so, and waits to be killed, as an app killed with {@code kill -9} would be.
 */
public final class AbandonedEmbeddedPostgres {

    static final String READY = "embedded PostgreSQL ready";

    private AbandonedEmbeddedPostgres() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server =
                EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(Path.of(args[0]), false, 0, Map.of()));
        System.out.println(READY + " on port " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
