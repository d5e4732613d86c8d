package org.hospitalatlas.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hospitalatlas.extraction.GoldScorer.Counts;

/** Runs the official eval/score.py with python3, for tests that check {@link GoldScorer} against it. */
final class ScorePy {

    private ScorePy() {}

    static boolean available() {
        try {
            Process p = new ProcessBuilder("python3", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Writes each gold file (name → JSON) and its prediction (name → the CLI's JSON line; none: no file, as when the
     * CLI printed nothing) under {@code work}, and returns score.py's per-document counts.
     */
    static Map<String, Map<String, Counts>> score(Path work, Map<String, String> gold, Map<String, String> predictions)
            throws IOException, InterruptedException {
        Path goldFolder = Files.createDirectories(work.resolve("gold"));
        Path predFolder = Files.createDirectories(work.resolve("pred"));
        for (var g : gold.entrySet()) {
            Files.writeString(goldFolder.resolve(g.getKey()), g.getValue());
        }
        for (var p : predictions.entrySet()) {
            if (p.getValue() != null) {
                Files.writeString(predFolder.resolve(p.getKey()), p.getValue() + "\n");
            }
        }
        Process python = new ProcessBuilder("python3", "eval/score.py", goldFolder.toString(), predFolder.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!python.waitFor(60, TimeUnit.SECONDS) || python.exitValue() != 0) {
            throw new IllegalStateException("score.py failed:\n" + output);
        }
        // per-document lines: "h01.json hospitals=42/58/50 indicators=… pilots=… memberships=…"
        Map<String, Map<String, Counts>> documents = new LinkedHashMap<>();
        for (String line : output.lines().toList()) {
            String[] fields = line.split(" ");
            if (!fields[0].endsWith(".json")) {
                continue;
            }
            Map<String, Counts> counts = new LinkedHashMap<>();
            for (int i = 1; i < fields.length; i++) {
                String[] typeAndCounts = fields[i].split("=");
                String[] n = typeAndCounts[1].split("/");
                counts.put(
                        typeAndCounts[0],
                        new Counts(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2])));
            }
            documents.put(fields[0], counts);
        }
        return documents;
    }
}
