package org.hospitalatlas.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hospitalatlas.document.InProcessCli;
import org.hospitalatlas.extraction.GoldScorer.Counts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gold set under {@code eval/} (paths are relative to the project folder, where Maven runs tests): its gold files
 * and the folder holding the texts they name. {@link #score} scores sets the way {@code eval/score.sh} does.
 */
record GoldSet(String name, Path goldFolder, Path textFolder) {

    static final GoldSet DEV = new GoldSet("dev", Path.of("eval/dev/gold"), Path.of("seeds/real"));
    static final GoldSet HELDOUT = new GoldSet("heldout", Path.of("eval/heldout/gold"), Path.of("seeds/real"));
    static final GoldSet SEEDS = new GoldSet("seeds", Path.of("eval/seeds/gold"), Path.of("seeds"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A gold file, its parsed content and the text its {@code doc} names. */
    record Document(String goldFile, JsonNode gold, Path text) {}

    /** Per gold file: the CLI's JSON line for its text and score.py's counts per type. */
    record Scores(Map<String, String> predictions, Map<String, Map<String, Counts>> documents) {

        Map<String, Counts> totals() {
            return ScoreReport.totals(documents);
        }
    }

    List<Document> documents() throws IOException {
        if (!Files.isDirectory(goldFolder)) {
            return List.of();
        }
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(goldFolder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = JSON.readTree(Files.readString(file));
                Path text = textFolder.resolve(gold.path("doc").asString());
                if (!Files.isRegularFile(text)) {
                    throw new IOException(file + " names " + text + ", which does not exist");
                }
                documents.add(new Document(file.getFileName().toString(), gold, text));
            }
        }
        return documents;
    }

    /** Runs the extract command once over every set's texts and scores each gold file. */
    static Map<GoldSet, Scores> score(List<GoldSet> sets, GoldScorer scorer) throws IOException {
        Map<GoldSet, List<Document>> documents = new LinkedHashMap<>();
        List<Path> texts = new ArrayList<>();
        for (GoldSet set : sets) {
            List<Document> docs = set.documents();
            documents.put(set, docs);
            docs.stream().map(Document::text).filter(t -> !texts.contains(t)).forEach(texts::add);
        }
        // the CLI names each document after its file without the extension
        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : texts.isEmpty() ? List.<String>of() : InProcessCli.extract(texts)) {
            lines.put(JSON.readTree(line).path("document").asString(), line);
        }
        Map<GoldSet, Scores> scores = new LinkedHashMap<>();
        documents.forEach((set, docs) -> {
            Map<String, String> predictions = new LinkedHashMap<>();
            Map<String, Map<String, Counts>> counts = new LinkedHashMap<>();
            for (Document d : docs) {
                String line = lines.get(d.text().getFileName().toString().replaceFirst("\\.[^.]+$", ""));
                predictions.put(d.goldFile(), line);
                counts.put(d.goldFile(), scorer.score(d.gold(), JSON.readTree(line == null ? "{}" : line)));
            }
            scores.put(set, new Scores(predictions, counts));
        });
        return scores;
    }
}
