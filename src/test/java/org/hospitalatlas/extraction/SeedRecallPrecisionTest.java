package org.hospitalatlas.extraction;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed documents against their hand-written expected facts (src/test/resources/expected): recall ≥ 95 % and
 * precision ≥ 98 % for every fact type: hospitals, indicators, pilots and consortia.
 */
class SeedRecallPrecisionTest extends CorpusRecallPrecision {

    private static final List<String> SEEDS = List.of(
            "000_dbe0950c11f56caa",
            "001_26141e5a5cc6b6a0",
            "002_1130064ad3d7abf0",
            "003_3d79a879c730272b",
            "004_7e57440783979154");

    @BeforeAll
    static void runSeeds() throws IOException {
        run(
                "seeds",
                SEEDS.stream()
                        .map(s -> new Document(s, "/seeds/" + s + ".txt", "/expected/" + s + ".json"))
                        .toList());
    }

    @Test
    void indicatorsReachRecallAndPrecision() {
        assertFloor("indicators", 0.95, 0.98);
    }

    @Test
    void pilotsReachRecallAndPrecision() {
        assertFloor("pilots", 0.95, 0.98);
    }

    @Test
    void hospitalsReachRecallAndPrecision() {
        assertFloor("hospitals", 0.95, 0.98);
    }

    @Test
    void consortiaReachRecallAndPrecision() {
        assertFloor("consortia", 0.95, 0.98);
    }
}
