package org.hospitalatlas.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 the app starts when no external database is configured: started on its data
 * directory after stopping a server an earlier, killed start left running there ({@link LeftoverPostmaster}), or,
 * when ephemeral, in a new temporary directory after removing the throw-away clusters killed apps left
 * ({@link LeftoverEphemeralClusters}); with password authentication ({@link ClusterPassword}).
 *
 * @param postgres the running server
 * @param dataDir its data directory
 * @param password the superuser's password
 */
record EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, String password) implements Closeable {

    static final String USER = "postgres";
    static final String DATABASE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** How long a leftover server may take to stop (a fast shutdown writes a checkpoint). */
    private static final Duration LEFTOVER_STOP_TIMEOUT = Duration.ofSeconds(60);

    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) throws IOException {
        return start(properties, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Starts it; an ephemeral cluster gets a new directory under {@code tempRoot}. */
    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties, Path tempRoot) throws IOException {
        Path dataDir = properties.ephemeral() ? newEphemeralDirectory(tempRoot) : freedDataDirectory(properties);
        boolean newCluster = properties.ephemeral() || !Files.exists(dataDir.resolve("postgresql.conf"));
        String stored = newCluster ? null : storedPassword(dataDir);
        String password = stored != null ? stored : ClusterPassword.generate();
        EmbeddedPostgres.Builder builder = builder(properties, dataDir, password);

        Path initdbPasswordFile = null;
        if (newCluster) {
            initdbPasswordFile = setPasswordAtInitdb(builder, dataDir, password);
        } else if (stored == null) {
            // a cluster from before passwords: the password is kept first, so that a start interrupted during
            // the migration finds it and finishes the migration with it
            ClusterPassword.write(dataDir, password);
        }

        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (initdbPasswordFile != null) {
                Files.deleteIfExists(initdbPasswordFile);
            }
        }
        return askingForPassword(new EmbeddedPostgresServer(postgres, dataDir, password));
    }

    /** A new directory for a throw-away cluster, once the ones killed apps left are gone. */
    private static Path newEphemeralDirectory(Path tempRoot) throws IOException {
        // a killed app's throw-away server would otherwise run on, on a directory nobody uses again
        LeftoverEphemeralClusters.clean(tempRoot, LEFTOVER_STOP_TIMEOUT);
        // a directory of our own rather than zonky's, so that the password file can be put in it
        return Files.createTempDirectory(tempRoot, LeftoverEphemeralClusters.PREFIX);
    }

    /** The configured data directory, created if need be, with no server an earlier, killed start left on it. */
    private static Path freedDataDirectory(EmbeddedPostgresProperties properties) throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        LeftoverPostmaster.stopIfRunning(dataDir, LEFTOVER_STOP_TIMEOUT);
        return dataDir;
    }

    /** The password an existing cluster keeps, or null for one from before passwords. */
    private static String storedPassword(Path dataDir) throws IOException {
        String stored = ClusterPassword.read(dataDir);
        if (stored == null && ClusterPassword.hbaIsOurs(dataDir)) {
            throw new IllegalStateException("the embedded PostgreSQL in " + dataDir + " asks for a password but "
                    + ClusterPassword.FILE + " is missing from its data directory; restore that file");
        }
        return stored;
    }

    private static EmbeddedPostgres.Builder builder(
            EmbeddedPostgresProperties properties, Path dataDir, String password) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(true)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(properties.ephemeral())
                // zonky checks that the server answers with these connection settings
                .setConnectConfig("password", password);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        properties.settings().forEach(builder::setServerConfig);
        return builder;
    }

    /**
     * Has initdb give a new cluster's superuser {@code password}, and keeps it and asks for it before the first
     * start; returns the file initdb reads it from, for the caller to delete once the server is up.
     */
    private static Path setPasswordAtInitdb(EmbeddedPostgres.Builder builder, Path dataDir, String password)
            throws IOException {
        // zonky runs initdb with "-A trust" and then "--name=value" for each of these entries; initdb's
        // --pwfile sets the superuser's password, so the cluster has one from its first start on
        Path initdbPasswordFile = ClusterPassword.initdbPasswordFile(password);
        builder.setLocaleConfig("pwfile", initdbPasswordFile.toString());
        // after initdb, before the first start: keep the password and ask for it
        builder.setDataDirectoryCustomizer(directory -> {
            try {
                ClusterPassword.write(dataDir, password);
                ClusterPassword.writeHba(dataDir);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return initdbPasswordFile;
    }

    /** The started server, once a cluster that trusted every local user asks for a password; closed if that fails. */
    private static EmbeddedPostgresServer askingForPassword(EmbeddedPostgresServer server) throws IOException {
        Path dataDir = server.dataDir();
        if (!ClusterPassword.hbaIsOurs(dataDir)) {
            try {
                ClusterPassword.migrate(server.postgres().getPostgresDatabase(), dataDir, USER, server.password());
            } catch (SQLException e) {
                server.close();
                throw new IOException("could not set the embedded PostgreSQL's password in " + dataDir, e);
            }
            log.info(
                    "The embedded PostgreSQL in {} trusted every local user; it now asks for a password (kept in {})",
                    dataDir,
                    ClusterPassword.FILE);
        }
        return server;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
