package org.hospitalatlas.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Starts of the embedded PostgreSQL on a data directory of its own (not the test run's database): after a killed
 * app, on a cluster made before passwords, and what the server then lets in. It shares nothing with the other
 * integration tests (no Spring context, not their database, its own temporary directories), so failsafe runs it beside
 * them (CONCURRENT; every other class keeps the one thread); its own tests still run one after another (the lock
 * keeps a class's tests in its one thread).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("EmbeddedPostgresStartIT")
class EmbeddedPostgresStartIT {

    @TempDir(cleanup = CleanupMode.ALWAYS)
    Path temp;

    @Test
    void aStartAfterTheFirstAppWasKilledStopsTheServerItLeftAndStarts() throws Exception {
        Path dataDir = temp.resolve("pg");
        Process app = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", // starts quickest; the app it stands for is killed seconds later
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        AbandonedEmbeddedPostgres.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try {
            assertThat(readyWithin(app, output, 120))
                    .as("the first app's output: %s", output)
                    .isTrue();
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hook runs, the server stays up
            app.waitFor(30, TimeUnit.SECONDS);
        }
        ProcessHandle leftover = LeftoverPostmaster.find(dataDir).orElseThrow();
        assertThat(leftover.isAlive())
                .as("the killed app left its PostgreSQL running")
                .isTrue();

        try (EmbeddedPostgresServer second = start(dataDir)) {
            assertThat(selectOne(second.port(), second.password())).isEqualTo(1);
            assertThat(leftover.isAlive()).isFalse();
        }
    }

    @Test
    void anEphemeralStartAfterAnEphemeralAppWasKilledStopsItsServerAndDeletesItsDirectory() throws Exception {
        Path tempRoot = Files.createDirectories(temp.resolve("tmp"));
        Process app = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", // starts quickest; the app it stands for is killed seconds later
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        AbandonedEmbeddedPostgres.class.getName(),
                        "--ephemeral",
                        tempRoot.toString())
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try {
            assertThat(readyWithin(app, output, 120))
                    .as("the first app's output: %s", output)
                    .isTrue();
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hook runs, the server and its directory stay
            app.waitFor(30, TimeUnit.SECONDS);
        }
        Path leftoverDir;
        try (var directories = Files.list(tempRoot)) {
            leftoverDir = directories.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        ProcessHandle leftover = LeftoverPostmaster.find(leftoverDir).orElseThrow();
        assertThat(leftover.isAlive())
                .as("the killed app left its throw-away PostgreSQL running")
                .isTrue();

        Path secondDir;
        try (EmbeddedPostgresServer second =
                EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(tempRoot, true, 0, Map.of()), tempRoot)) {
            secondDir = second.dataDir();
            assertThat(selectOne(second.port(), second.password())).isEqualTo(1);
            assertThat(leftover.isAlive()).isFalse();
            assertThat(leftoverDir).doesNotExist();
            assertThat(secondDir).isNotEqualTo(leftoverDir);
        }
        assertThat(secondDir).doesNotExist();
    }

    @Test
    void anEphemeralStartLeavesTheClusterOfARunningAppAlone() throws Exception {
        Path tempRoot = Files.createDirectories(temp.resolve("tmp"));
        EmbeddedPostgresProperties ephemeral = new EmbeddedPostgresProperties(tempRoot, true, 0, Map.of());
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(ephemeral, tempRoot);
                EmbeddedPostgresServer second = EmbeddedPostgresServer.start(ephemeral, tempRoot)) {
            assertThat(selectOne(first.port(), first.password())).isEqualTo(1);
            assertThat(selectOne(second.port(), second.password())).isEqualTo(1);
            assertThat(first.dataDir()).exists();
        }
    }

    @Test
    void aNewClusterRefusesConnectionsWithoutItsPassword() throws Exception {
        Path dataDir = temp.resolve("pg");
        try (EmbeddedPostgresServer server = start(dataDir)) {
            assertThat(selectOne(server.port(), server.password())).isEqualTo(1);
            assertRefused(server.port(), null);
            assertRefused(server.port(), "not-the-password");
            Path file = dataDir.resolve(ClusterPassword.FILE);
            assertThat(Files.readString(file).strip()).isEqualTo(server.password());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
        }
        // and the next start finds its password
        try (EmbeddedPostgresServer again = start(dataDir)) {
            assertThat(selectOne(again.port(), again.password())).isEqualTo(1);
            assertRefused(again.port(), null);
        }
    }

    @Test
    void aClusterMadeBeforePasswordsGetsOneAndStopsTrusting() throws Exception {
        Path dataDir = temp.resolve("pg");
        // what the app made before: zonky's defaults, trust for every local user
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start()) {
            assertThat(selectOne(old.getPort(), null)).isEqualTo(1);
            try (Connection connection = old.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create table kept (id int)");
                statement.execute("insert into kept values (42)");
            }
        }
        assertThat(dataDir.resolve(ClusterPassword.FILE)).doesNotExist();

        try (EmbeddedPostgresServer server = start(dataDir)) {
            assertRefused(server.port(), null);
            try (Connection connection = connect(server.port(), server.password());
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select id from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
        }
        try (EmbeddedPostgresServer again = start(dataDir)) {
            assertThat(selectOne(again.port(), again.password())).isEqualTo(1);
            assertRefused(again.port(), null);
        }
    }

    private static EmbeddedPostgresServer start(Path dataDir) throws IOException {
        return EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(dataDir, false, 0, Map.of()));
    }

    private static boolean readyWithin(Process app, List<String> output, int seconds) throws Exception {
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith(AbandonedEmbeddedPostgres.READY)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        return ready.get(seconds, TimeUnit.SECONDS);
    }

    private static Connection connect(int port, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedPostgresServer.USER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
    }

    private static int selectOne(int port, String password) throws SQLException {
        try (Connection connection = connect(port, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select 1")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void assertRefused(int port, String password) {
        assertThatThrownBy(() -> connect(port, password).close())
                .isInstanceOf(SQLException.class)
                .message()
                .containsAnyOf("password", "authentication");
    }
}
