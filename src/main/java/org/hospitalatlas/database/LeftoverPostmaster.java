package org.hospitalatlas.database;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on our data directory by an app that was killed ({@code kill -9}, a crash): the JVM
 * never stopped the server it started, so the server still holds the directory and the next start would give up
 * waiting for a server of its own. Before starting, this finds such a server through {@code postmaster.pid} and
 * stops it — only when it is alive, is a {@code postgres} and runs in that very data directory, and when no
 * running app holds the directory's start lock (so a second app on the same directory never stops the first
 * one's server).
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    /** The file zonky's embedded PostgreSQL locks while an app has the server of this directory. */
    static final String START_LOCK = "epg-lock";

    private LeftoverPostmaster() {}

    /** Stops the leftover server of {@code dataDir}, if there is one; waits at most {@code timeout} for it. */
    static void stopIfRunning(Path dataDir, Duration timeout) throws IOException {
        Optional<ProcessHandle> postmaster = find(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        if (!startLockIsFree(dataDir)) {
            throw new IllegalStateException("the embedded PostgreSQL data directory " + dataDir
                    + " is in use by another running process (PID of its server " + process.pid()
                    + "); stop it or configure another hospital-atlas.embedded-postgres.data-dir");
        }
        log.warn(
                "A PostgreSQL (PID {}) is still running on {}, left by an earlier start that did not shut down;"
                        + " stopping it",
                process.pid(),
                dataDir);
        // SIGINT is PostgreSQL's fast shutdown (what pg_ctl stop -m fast sends): clients are cut, data is flushed
        if (signal(process, "INT") && exits(process, timeout)) {
            return;
        }
        // SIGQUIT: immediate shutdown, recovered from the WAL on the next start
        if (signal(process, "QUIT") && exits(process, Duration.ofSeconds(10))) {
            return;
        }
        throw new IllegalStateException("could not stop the PostgreSQL (PID " + process.pid() + ") left running on "
                + dataDir + "; stop it by hand");
    }

    /** The live postmaster of {@code dataDir} named by its {@code postmaster.pid}, if there is one. */
    static Optional<ProcessHandle> find(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty(); // a torn file: PostgreSQL itself will say what is wrong
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(LeftoverPostmaster::isPostgres)
                .filter(process -> runsIn(process, dataDir));
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
    }

    /** A postmaster works in its data directory (it changes into it at start), which {@code /proc} shows. */
    private static boolean runsIn(ProcessHandle process, Path dataDir) {
        try {
            Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
            return Files.isSameFile(cwd, dataDir);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // no /proc (not Linux) or not ours to read: fall back to its command line, which names the directory
            return process.info()
                    .arguments()
                    .map(arguments -> List.of(arguments).contains(dataDir.toString()))
                    .orElse(false);
        }
    }

    /** True when no running process holds the directory's start lock (a killed one has released it). */
    static boolean startLockIsFree(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(START_LOCK);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileOutputStream stream = new FileOutputStream(lockFile.toFile(), true);
                FileLock lock = stream.getChannel().tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false; // held by this very JVM
        }
    }

    private static boolean signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            log.warn("could not send SIG{} to PID {}: {}", signal, process.pid(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean exits(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
