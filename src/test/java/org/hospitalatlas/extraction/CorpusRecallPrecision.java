package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractor over a corpus of documents and compares with hand-written expected facts. Prints recall and
 * precision per fact type. Expected facts marked target=true are not required, but an emitted match must then be a
 * target too. Subclasses name the corpus and assert their floors.
 */
abstract class CorpusRecallPrecision {

    /** A document of the corpus: its text and its expected facts, both classpath resources. */
    record Document(String name, String textResource, String expectedResource) {}

    static final Map<String, Score> SCORES = new LinkedHashMap<>();
    static final List<String> FINDINGS = new ArrayList<>();

    /** true positives, expected (required), emitted (counted for precision). */
    static final class Score {
        int truePositives;
        int required;
        int emitted;
        int correctEmitted;

        double recall() {
            return required == 0 ? 1.0 : (double) truePositives / required;
        }

        double precision() {
            return emitted == 0 ? 1.0 : (double) correctEmitted / emitted;
        }
    }

    static void run(String corpus, List<Document> documents) throws IOException {
        SCORES.clear();
        FINDINGS.clear();
        for (String type : List.of("hospitals", "indicators", "pilots", "consortia")) {
            SCORES.put(type, new Score());
        }
        JsonMapper mapper = JsonMapper.builder().build();
        DocumentExtractor extractor = DocumentExtractor.withDefaultResources();
        for (Document d : documents) {
            String text = resource(d.textResource());
            JsonNode expected = mapper.readTree(resource(d.expectedResource()));
            ExtractionResult result = extractor.extract(text, DocumentMetadata.none());
            compareHospitals(d.name(), expected.get("hospitals"), result.hospitals());
            compareIndicators(d.name(), text, expected.get("indicators"), result.indicators());
            comparePilots(d.name(), expected.get("pilots"), result.pilots());
            compareConsortia(d.name(), expected.get("consortia"), result.consortia());
        }
        System.out.println();
        System.out.println(corpus);
        System.out.printf("%-11s %9s %9s %8s %8s%n", "type", "recall", "precision", "expected", "emitted");
        SCORES.forEach((type, s) -> System.out.printf(
                "%-11s %8.1f%% %8.1f%% %8d %8d%n", type, 100 * s.recall(), 100 * s.precision(), s.required, s.emitted));
        FINDINGS.forEach(System.out::println);
    }

    static void assertFloor(String type, double recall, double precision) {
        Score s = SCORES.get(type);
        assertThat(s.recall()).as(type + " recall").isGreaterThanOrEqualTo(recall);
        assertThat(s.precision()).as(type + " precision").isGreaterThanOrEqualTo(precision);
    }

    private static void compareIndicators(String seed, String text, JsonNode expected, List<IndicatorFact> actual) {
        Score score = SCORES.get("indicators");
        List<IndicatorFact> unmatched = new ArrayList<>(actual);
        for (JsonNode e : expected) {
            boolean target = e.get("target").asBoolean();
            if (!target) {
                score.required++;
            }
            IndicatorFact hit = null;
            for (IndicatorFact f : unmatched) {
                if (f.hospital().equals(e.get("hospital").asString())
                        && f.code().equals(e.get("code").asString())
                        && Objects.equals(
                                f.year(),
                                e.get("year").isNull() ? null : e.get("year").asInt())
                        && f.kind().equals(e.get("kind").asString())
                        && f.value()
                                        .compareTo(new BigDecimal(
                                                e.get("value").asString().strip()))
                                == 0
                        && f.qualifier().equals(e.get("qualifier").asString())) {
                    hit = f;
                    break;
                }
            }
            if (hit == null) {
                if (!target) {
                    FINDINGS.add("MISSED    " + seed + " indicator " + e);
                }
                continue;
            }
            unmatched.remove(hit);
            if (!hit.evidence().quote().contains(e.get("quote_contains").asString())) {
                FINDINGS.add("QUOTE     " + seed + " " + hit.code() + " quote '"
                        + hit.evidence().quote() + "'");
            }
            if (hit.target() != target) {
                score.emitted++;
                FINDINGS.add("TARGET    " + seed + " " + hit + " expected target=" + target);
            } else if (!target) {
                score.truePositives++;
                score.emitted++;
                score.correctEmitted++;
            }
        }
        for (IndicatorFact f : unmatched) {
            if (!f.target()) {
                score.emitted++;
                FINDINGS.add("EXTRA     " + seed + " indicator " + f);
            }
        }
    }

    private static void comparePilots(String seed, JsonNode expected, List<PilotFact> actual) {
        Score score = SCORES.get("pilots");
        List<PilotFact> unmatched = new ArrayList<>(actual);
        for (JsonNode e : expected) {
            score.required++;
            PilotFact hit = unmatched.stream()
                    .filter(f -> f.hospital().equals(e.get("hospital").asString())
                            && Objects.equals(
                                    f.year(),
                                    e.get("year").isNull()
                                            ? null
                                            : e.get("year").asInt())
                            && f.name().equals(e.get("name").asString())
                            && Objects.equals(f.level(), e.get("level").asString())
                            && f.category().equals(e.get("category").asString()))
                    .findFirst()
                    .orElse(null);
            if (hit == null) {
                FINDINGS.add("MISSED    " + seed + " pilot " + e);
                continue;
            }
            unmatched.remove(hit);
            score.truePositives++;
            score.emitted++;
            score.correctEmitted++;
        }
        for (PilotFact f : unmatched) {
            score.emitted++;
            FINDINGS.add("EXTRA     " + seed + " pilot " + f);
        }
    }

    private static void compareHospitals(String seed, JsonNode expected, List<HospitalFact> actual) {
        Score score = SCORES.get("hospitals");
        List<HospitalFact> unmatched = new ArrayList<>(actual);
        for (JsonNode e : expected) {
            score.required++;
            HospitalFact hit = unmatched.stream()
                    .filter(f -> f.name().equals(e.get("name").asString()))
                    .findFirst()
                    .orElse(null);
            if (hit == null) {
                FINDINGS.add("MISSED    " + seed + " hospital " + e.get("name").asString());
                continue;
            }
            unmatched.remove(hit);
            score.truePositives++;
            score.emitted++;
            score.correctEmitted++;
        }
        for (HospitalFact f : unmatched) {
            score.emitted++;
            FINDINGS.add("EXTRA     " + seed + " hospital " + f.name() + " " + f.aliases());
        }
    }

    private static void compareConsortia(String seed, JsonNode expected, List<ConsortiumFact> actual) {
        Score score = SCORES.get("consortia");
        List<ConsortiumFact> unmatched = new ArrayList<>(actual);
        for (JsonNode e : expected) {
            score.required++;
            ConsortiumFact hit = unmatched.stream()
                    .filter(f -> f.type().equals(e.get("type").asString())
                            && Objects.equals(
                                    f.lead(),
                                    e.get("lead").isNull()
                                            ? null
                                            : e.get("lead").asString()))
                    .findFirst()
                    .orElse(null);
            if (hit == null) {
                FINDINGS.add("MISSED    " + seed + " consortium "
                        + e.get("name").asString() + " " + e.get("type").asString());
                continue;
            }
            unmatched.remove(hit);
            score.truePositives++;
            score.emitted++;
            score.correctEmitted++;
        }
        for (ConsortiumFact f : unmatched) {
            score.emitted++;
            FINDINGS.add("EXTRA     " + seed + " consortium " + f);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CorpusRecallPrecision.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
