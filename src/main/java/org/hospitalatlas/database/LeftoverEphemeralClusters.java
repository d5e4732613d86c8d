package org.hospitalatlas.database;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throw-away clusters ({@code hospital-atlas.embedded-postgres.ephemeral=true}) that a killed app left behind: its
 * PostgreSQL still running on a temporary directory nobody will use again, or only the directory. An ephemeral start
 * stops such servers and deletes their directories first. A directory whose start lock a live process holds is in
 * use and left alone; one without a lock file is left alone while young, since a start creates its directory a few
 * seconds before it takes the lock (initdb runs in between).
 */
final class LeftoverEphemeralClusters {

    static final String PREFIX = "hospital-atlas-pg-";

    private static final Logger log = LoggerFactory.getLogger(LeftoverEphemeralClusters.class);
    /** A directory without a start lock older than this was left by a start that died before taking it. */
    private static final Duration UNLOCKED_GRACE = Duration.ofMinutes(10);

    private LeftoverEphemeralClusters() {}

    /** Stops and deletes the leftover ephemeral clusters under {@code tempRoot}; returns how many it removed. */
    static int clean(Path tempRoot, Duration stopTimeout) {
        int removed = 0;
        try (DirectoryStream<Path> directories = Files.newDirectoryStream(tempRoot, PREFIX + "*")) {
            for (Path directory : directories) {
                try {
                    if (Files.isDirectory(directory) && isLeftover(directory)) {
                        LeftoverPostmaster.stopIfRunning(directory, stopTimeout);
                        delete(directory);
                        removed++;
                        log.info(
                                "Removed the throw-away PostgreSQL cluster {} left by an app that did not shut down",
                                directory);
                    }
                } catch (IOException | RuntimeException e) {
                    // not ours to remove (another user's), or in use after all: never a reason not to start
                    log.debug("Left {} alone: {}", directory, e.toString());
                }
            }
        } catch (IOException e) {
            log.debug("Could not list {}: {}", tempRoot, e.toString());
        }
        return removed;
    }

    private static boolean isLeftover(Path directory) throws IOException {
        if (Files.exists(directory.resolve(LeftoverPostmaster.START_LOCK))) {
            return LeftoverPostmaster.startLockIsFree(directory);
        }
        Instant modified = Files.getLastModifiedTime(directory).toInstant();
        return modified.isBefore(Instant.now().minus(UNLOCKED_GRACE))
                && LeftoverPostmaster.find(directory).isEmpty();
    }

    private static void delete(Path directory) throws IOException {
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
