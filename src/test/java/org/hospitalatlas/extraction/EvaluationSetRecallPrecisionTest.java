package org.hospitalatlas.extraction;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Eight documents of the genre (src/test/resources/final-eval) written and annotated by a third, independent
 * annotator and kept away from rule writing: the honest measure of how the extractor does on text it was not fitted
 * to. Only failure families described in general terms ever reached the rule writers. The floors are today's
 * figures minus a small margin, so a regression fails the build; they are far from the seeds' 95 % / 98 %, and that
 * gap is the work left.
 */
class EvaluationSetRecallPrecisionTest extends CorpusRecallPrecision {

    private static final List<String> DOCUMENTS = List.of(
            "201_ganzhou-feature",
            "202_dali-tcm-briefing",
            "203_baotou-mch",
            "204_qiqihar-bulletin",
            "205_funan-county-community",
            "206_xingtai-merger",
            "207_baoji-city-group",
            "208_yili-press-conference");

    @BeforeAll
    static void runEvaluationSet() throws IOException {
        run(
                "evaluation set (unseen)",
                DOCUMENTS.stream()
                        .map(d -> new Document(d, "/final-eval/" + d + ".txt", "/final-eval/" + d + ".json"))
                        .toList());
    }

    @Test
    void hospitalsKeepRecallAndPrecision() {
        assertFloor("hospitals", 0.78, 0.82);
    }

    @Test
    void indicatorsKeepRecallAndPrecision() {
        assertFloor("indicators", 0.67, 0.77);
    }

    @Test
    void pilotsKeepRecallAndPrecision() {
        assertFloor("pilots", 0.55, 0.7);
    }

    @Test
    void consortiaKeepRecallAndPrecision() {
        assertFloor("consortia", 0.4, 0.95);
    }
}
