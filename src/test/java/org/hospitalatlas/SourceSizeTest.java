package org.hospitalatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small parts (STYLE.md, issue 12): no source file of {@code src/main/java} past {@value #MAX_FILE_LINES} lines and
 * no method or constructor body past {@value #MAX_BODY_LINES}, unless the type's or the method's own comment gives
 * the reason, marked {@value #REASON} ("// Size: one table of 80 patterns, read as one"). The sizes are measured by
 * {@link SourceScanner}, whose own tests are {@link SourceScannerTest}.
 */
class SourceSizeTest {

    static final int MAX_FILE_LINES = 300;
    static final int MAX_BODY_LINES = 60;
    static final String REASON = "Size:";

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path ROOT = MAIN.resolve("org/hospitalatlas");

    /**
     * Parts over the limits without a reason in their comment, allowed for now, each with why: a file
     * ("extraction/X.java") or a method ("extraction/X.java X.method", every overload of that name). Empty: keep it so.
     */
    static final Map<String, String> ALLOWED = Map.of();

    @Test
    void noPartIsLargerThanItsLimitWithoutAReason() throws IOException {
        assertThat(ROOT).as("run from the project's root").isDirectory();
        List<String> oversized = new ArrayList<>();
        oversizedParts().forEach((where, size) -> {
            if (!ALLOWED.containsKey(where)) {
                oversized.add(where + ": " + size);
            }
        });
        assertThat(oversized)
                .as(
                        "split these by responsibility, or say why not in their comment with '%s' (%s lines a file, %s"
                                + " a method or constructor body)",
                        REASON, MAX_FILE_LINES, MAX_BODY_LINES)
                .isEmpty();
    }

    @Test
    void everyAllowedPartIsStillOversized() throws IOException {
        assertThat(oversizedParts().keySet())
                .as("an allowed part that got small (or was renamed) leaves ALLOWED")
                .containsAll(ALLOWED.keySet());
    }

    /** Every part past its limit without a reason: "web/X.java" or "web/X.java X.method", with its size. */
    private static Map<String, String> oversizedParts() throws IOException {
        Map<String, String> oversized = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MAIN)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String where = ROOT.relativize(file).toString().replace('\\', '/');
            SourceScanner.Scan scan;
            try {
                scan = SourceScanner.scan(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IllegalStateException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
            oversized.putAll(oversizedParts(where, scan));
        }
        return oversized;
    }

    /** The parts of one scanned file past their limits without a reason. */
    static Map<String, String> oversizedParts(String where, SourceScanner.Scan scan) {
        Map<String, String> oversized = new TreeMap<>();
        boolean fileHasReason =
                scan.types().stream().anyMatch(type -> type.comment().contains(REASON));
        if (scan.lines() > MAX_FILE_LINES && !fileHasReason) {
            oversized.put(where, scan.lines() + " lines");
        }
        for (SourceScanner.Body body : scan.bodies()) {
            if (body.lines() > MAX_BODY_LINES && !body.comment().contains(REASON)) {
                oversized.merge(
                        where + " " + body.qualifiedName(),
                        "body of " + body.lines() + " lines at line " + body.firstLine(),
                        (a, b) -> a + ", " + b);
            }
        }
        return oversized;
    }
}
