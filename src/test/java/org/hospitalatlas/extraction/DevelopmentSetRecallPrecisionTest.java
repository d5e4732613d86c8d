package org.hospitalatlas.extraction;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Six documents of the genre written up by an independent annotator (src/test/resources/holdout), used as the
 * development set once the extractor had been fitted to the seeds. The floors are what general rules reach, minus a
 * small margin, so that a regression fails the build.
 */
class DevelopmentSetRecallPrecisionTest extends CorpusRecallPrecision {

    private static final List<String> DOCUMENTS = List.of(
            "101_mianyang-feature",
            "102_zunyi-briefing",
            "103_gangu-county-bulletin",
            "104_shandong-reform-bulletin",
            "105_huzhou-tcm-annual-report",
            "106_liuzhou-merger-news");

    @BeforeAll
    static void runDevelopmentSet() throws IOException {
        run(
                "development set",
                DOCUMENTS.stream()
                        .map(d -> new Document(d, "/holdout/" + d + ".txt", "/holdout/" + d + ".json"))
                        .toList());
    }

    @Test
    void hospitalsKeepRecallAndPrecision() {
        assertFloor("hospitals", 0.97, 0.95);
    }

    @Test
    void indicatorsKeepRecallAndPrecision() {
        assertFloor("indicators", 0.97, 0.98);
    }

    @Test
    void pilotsKeepRecallAndPrecision() {
        assertFloor("pilots", 0.95, 0.95);
    }

    @Test
    void consortiaKeepRecallAndPrecision() {
        assertFloor("consortia", 0.9, 0.9);
    }
}
