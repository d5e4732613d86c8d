package org.hospitalatlas.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Password authentication for the embedded PostgreSQL, never {@code trust}: the superuser's password is a secret
 * generated once per cluster and kept in the data directory ({@value #FILE}, readable by its owner only), and
 * {@code pg_hba.conf} asks every connection, local or TCP, for it (SCRAM-SHA-256).
 */
final class ClusterPassword {

    /** The file in the data directory that holds the superuser's password. */
    static final String FILE = "hospital-atlas-password";

    static final String HBA = """
            # Written by Hospital Atlas: every connection gives the superuser's password (SCRAM-SHA-256), kept in
            # hospital-atlas-password beside this file; no line lets a connection in without it.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ClusterPassword() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cluster's password, or null when the directory has none (a new cluster, or one made before). */
    static String read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        return Files.exists(file)
                ? Files.readString(file, StandardCharsets.UTF_8).strip()
                : null;
    }

    /** Keeps the password in the data directory, owner-only from its first byte, replacing the file at once. */
    static void write(Path dataDir, String password) throws IOException {
        Path draft = ownerOnlyFile(dataDir, ".hospital-atlas-password-");
        Files.writeString(draft, password + "\n", StandardCharsets.UTF_8);
        Files.move(draft, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A file outside the data directory (initdb wants an empty one) holding the password for initdb's --pwfile. */
    static Path initdbPasswordFile(String password) throws IOException {
        Path file = ownerOnlyFile(null, "hospital-atlas-initdb-");
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static void writeHba(Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
    }

    static boolean hbaIsOurs(Path dataDir) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        return Files.exists(hba)
                && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA);
    }

    /**
     * Moves a cluster made before passwords (its {@code pg_hba.conf} trusts every local user) to password
     * authentication: sets the superuser's password — hashed by the driver, so it never appears in the server's
     * log — then rewrites {@code pg_hba.conf} and reloads it. The server is running and still trusting.
     */
    static void migrate(DataSource superuser, Path dataDir, String user, String password)
            throws IOException, SQLException {
        try (Connection connection = superuser.getConnection()) {
            connection.unwrap(PGConnection.class).alterUserPassword(user, password.toCharArray(), "scram-sha-256");
            writeHba(dataDir);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_reload_conf()");
            }
        }
    }

    private static Path ownerOnlyFile(Path directory, String prefix) throws IOException {
        try {
            var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            return directory == null
                    ? Files.createTempFile(prefix, ".tmp", ownerOnly)
                    : Files.createTempFile(directory, prefix, ".tmp", ownerOnly);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions protect it
            return directory == null
                    ? Files.createTempFile(prefix, ".tmp")
                    : Files.createTempFile(directory, prefix, ".tmp");
        }
    }
}
