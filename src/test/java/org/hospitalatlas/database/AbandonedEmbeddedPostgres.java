package org.hospitalatlas.database;

import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a JVM of its own by {@link EmbeddedPostgresStartIT}: starts the embedded PostgreSQL on the data directory
 * given as the argument (or a throw-away one), says so, and waits to be killed, as an app killed with
 * {@code kill -9} would be.
 */
public final class AbandonedEmbeddedPostgres {

    static final String READY = "embedded PostgreSQL ready";

    private AbandonedEmbeddedPostgres() {}

    /** {@code <data directory>}, or {@code --ephemeral <temporary directory>} for a throw-away cluster under it. */
    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = args[0].equals("--ephemeral")
                ? EmbeddedPostgresServer.start(
                        new EmbeddedPostgresProperties(Path.of(args[1]), true, 0, Map.of()), Path.of(args[1]))
                : EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(Path.of(args[0]), false, 0, Map.of()));
        System.out.println(READY + " on port " + server.port() + " in " + server.dataDir());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
