package org.hospitalatlas.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reports directory of a run: report-00001.txt … and a manifest.json of their metadata like the seeds'. */
final class ReportFiles {

    private ReportFiles() {}

    static void write(Path dir, ReportWriter.Report[] reports) throws IOException {
        Files.createDirectories(dir);
        StringBuilder manifest = new StringBuilder("[\n");
        for (int r = 0; r < reports.length; r++) {
            String file = String.format("report-%05d.txt", r + 1);
            Files.writeString(dir.resolve(file), reports[r].text(), StandardCharsets.UTF_8);
            manifest.append("  {\"file\": ")
                    .append(json(file))
                    .append(", \"title\": ")
                    .append(json(reports[r].title()))
                    .append(", \"publisher\": ")
                    .append(json(reports[r].publisher()))
                    .append(", \"published_on\": ")
                    .append(json(reports[r].publishedOn().toString()))
                    .append(r + 1 < reports.length ? "},\n" : "}\n");
        }
        manifest.append("]\n");
        try (Writer writer = Files.newBufferedWriter(dir.resolve("manifest.json"), StandardCharsets.UTF_8)) {
            writer.write(manifest.toString());
        }
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
