package org.hospitalatlas.document;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the {@code extract} command in this JVM, so that tests score exactly the JSON Lines the CLI prints (the same
 * metadata, mapping and serialisation) without starting a process per run.
 */
public final class InProcessCli {

    private InProcessCli() {}

    /** The CLI's output for these files: one JSON object per line, in the order of the files. */
    public static List<String> extract(List<Path> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ExtractCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(files.stream().map(Path::toString).toArray(String[]::new));
        if (status != ExtractCommand.OK) {
            throw new IllegalStateException("extract failed (" + status + "): " + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
    }
}
