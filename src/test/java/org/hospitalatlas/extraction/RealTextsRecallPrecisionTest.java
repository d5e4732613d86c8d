package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hospitalatlas.extraction.GoldSet.Scores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor measured on real published texts (eval/README.md): the development set, the held-out set and the
 * seeds, scored with the extract CLI's JSON and a port of eval/score.py. Prints precision and recall per set and
 * type, writes score.py's per-document lines to target/eval/SET.txt, and fails below the floors.
 */
class RealTextsRecallPrecisionTest {

    /**
     * Floors: today's score.py figures rounded down to the next 0.05, so a regression fails the build. Raise them as
     * the extractor improves (issue 10's targets: hospitals P/R 0.90/0.90, indicators 0.92/0.80, pilots 0.85/0.75,
     * memberships 0.85/0.75; seeds 0.95 on every type). The dev floor for indicator recall was lowered on
     * 2026-12-06 when 23 fresh real texts (z101–z160), scored once blind, joined the set: the texts already in it
     * scored as before, the new ones are harder. Likewise, when the fourth blind set (36 texts, z201–z270) joined it
     * later that day, the dev floors for indicator and pilot precision (0.95 → 0.90) and membership recall
     * (0.80 → 0.75) were lowered: on the 141 texts before it the extractor stayed above the old floors. And when a
     * fifth blind set (28 texts, z301–z344), scored once, joined the held-out set, its floors for hospitals
     * (0.95/0.90 → 0.90/0.80) and membership recall (0.80 → 0.70) were lowered to what texts nobody had read give.
     * A sixth blind set, scored once, was split: z401–z413 joined the development set (whose floors held after its
     * families were fixed) and z431–z443 the held-out set, whose membership recall floor went 0.70 → 0.65 (its four
     * new memberships were all missed, 38 of 56 found). A seventh blind set (19 texts, z501–z540), scored once after
     * that round's fixes, joined the held-out set unread; its recall floors for hospitals (0.80 → 0.75), indicators
     * (0.85 → 0.80) and pilots (0.75 → 0.65) were lowered to what the set now gives. An eighth blind set (20 texts,
     * z601–z640), scored once, was split: z601–z610 joined the development set and z631–z640 the held-out set unread,
     * which found 1 of its 14 memberships; after the round that followed (families only), held-out membership recall
     * was 0.63 and its floor went 0.65 → 0.60, while the held-out hospital recall floor rose 0.75 → 0.80. A ninth
     * blind set (18 texts, z701–z739), scored once, was split the same way (z701–z709 to dev, z731–z739 held-out
     * unread; 1 of its 16 memberships found); held-out recall floors for pilots (0.65 → 0.60) and memberships
     * (0.60 → 0.55) were lowered to what the set then gave. A tenth (17 texts, z801–z840, scored once: 0 of its 10
     * memberships found) was split likewise (z801–z807 to dev, z831–z840 held-out unread), and the held-out recall
     * floors went to what the 126 held-out texts give: hospitals 0.80 → 0.75, pilots 0.60 → 0.55, memberships
     * 0.55 → 0.50, and pilot precision 0.90 → 0.85 (0.896). Fresh texts keep showing that consortium wording
     * generalises worst. An eleventh (16 texts, z901–z938, scored once: 2 of its 11 memberships found) was split
     * likewise (z901–z908 to dev, z931–z938 held-out unread); after the eighth round's families the floors rose to
     * today's figures rounded down: dev indicators 0.90/0.80 → 0.95/0.90, pilots
     * 0.90/0.90 → 0.95/0.95, memberships 0.90/0.75 → 0.95/0.85; held-out hospitals 0.90/0.75 → 0.95/0.80,
     * indicators 0.90/0.80 → 0.95/0.85, pilots 0.85/0.55 → 0.90/0.70, memberships recall 0.50 → 0.60. A twelfth
     * blind set (16 texts, scored once: memberships 2 of 16) was split (z951–z960 to dev, z971–z976 held-out unread);
     * after the ninth round's families the dev membership recall was 0.846 (0.827 when the texts joined), so its
     * floor went 0.85 → 0.84. A thirteenth (18 texts, scored once: pilots 1 of 44, memberships 1 of 12) was split
     * the same way (z981–z989 to dev, z991–z999 held-out unread); the dev floors held after the round's last
     * families, the held-out recall floors went to what its 149 texts give: hospitals 0.80 → 0.75 (0.776), pilots
     * 0.70 → 0.65 (0.671), memberships 0.60 → 0.55 (0.571). A fourteenth (24 texts, scored once: memberships 9 of
     * 59) was split (w001–w012 to dev, w051–w062 held-out unread); after the tenth round's families every floor held
     * but dev pilot recall, 0.946 (0.95 → 0.94): four of the five pilots the development half added are one text's
     * take-over pilots stated as "试点在A、B,与C和D之间进行", no family that recurs. A fifteenth (24 texts, scored once:
     * memberships 7 of 42) was split the same way (w101–w112 to dev, w151–w162 held-out unread): dev pilot recall
     * 0.937 after its families (0.94 → 0.93: a list of five run together after "其中," and 入围 stays unread); the
     * held-out floors went to what its 185 texts give: hospital recall 0.75 → 0.70 (0.730), membership precision
     * 0.95 → 0.90 (0.940) and recall 0.55 → 0.45 (0.491). A sixteenth (24 texts, scored once: memberships 5 of 27)
     * was split the same way (w201–w212 to dev, w251–w262 held-out unread); after the eleventh round's families the
     * dev membership recall was 0.820 (0.805 when the texts joined: 10 of the 17 it added are still missed, among them
     * one text's five pairs from two lists matched in order), so its floor went 0.84 → 0.80. A seventeenth (24 texts,
     * scored once: memberships 18 of 47) was split likewise (w301–w312 to dev, w351–w362 held-out unread); every floor
     * held, the held-out ones barely (membership recall 0.452, pilot recall 0.652). An eighteenth (24 texts, scored
     * once: memberships 5 of 51, hospitals 31 of 78) was split likewise (w401–w412 to dev, w451–w462 held-out unread);
     * the held-out floors went to what its 209 texts give: hospital recall 0.70 → 0.65 (0.683 when the texts joined)
     * and membership recall 0.45 → 0.35 (0.394; one unread text alone holds 26 members of an alliance). After the
     * twelfth round (the eighteenth's development half, the held-out set's failure families) they rose back to 0.70
     * (0.715) and 0.40 (0.458); the eighteenth's held-out half still gives 3 of its 37 memberships. A nineteenth
     * (24 texts, scored once: memberships 7 of 41) was split likewise (w501–w512 to dev, w551–w562 held-out unread);
     * its held-out half gave 1 right and 2 wrong pairs, and the held-out membership precision went 0.908 → 0.893
     * (0.896 after the thirteenth round), so its floor went 0.90 → 0.85; the round lifted held-out pilot recall
     * to 0.724 and its floor 0.65 → 0.70. A twentieth (24 texts, scored once: memberships 3 of 36, pilots 0 of 7)
     * joined: its held-out half's six pilots (regional centres named by 确定…为, a flagship title) are all unread and
     * held-out pilot recall went 0.724 → 0.683, so its floor went 0.70 → 0.65; after the fourteenth round held-out
     * membership recall was 0.523 (0.446 when the texts joined) and its floor rose 0.40 → 0.50. A twenty-first
     * (24 texts, scored once after that round: memberships 5 of 30, the round's rules adding none on its held-out
     * half) joined; its held-out half's indicators took held-out indicator precision from 0.954 to 0.949 before any
     * rule changed (0.947 after), so that floor went 0.95 → 0.90. A twenty-second (24 texts, scored once: memberships 8
     * of 33 with the session's first and last jars alike) joined; its development half (1 of 21 found) took dev
     * membership recall from 0.823 to 0.787 before the rules that followed (0.792 after), so that floor went 0.80 →
     * 0.75. A twenty-third (22 texts, scored once at the round's end: memberships 5 of 23, 4 with the session-start
     * jar) joined unread; its development half's indicators (6 of 9 found, 4 wrong) took dev indicator precision and
     * recall to 0.946 and 0.898, so those floors went 0.95 / 0.90 → 0.90 / 0.85. The twenty-fourth to twenty-sixth
     * (67 texts, each scored once before anyone read it: memberships 19 of 90 with the session-start jar, 25 after
     * the round) joined, 45 of them to the held-out set; they took held-out membership recall from 0.525 to 0.472 and
     * indicator recall from 0.869 to 0.842 (the same with the session's first and last jars), so those floors went
     * 0.50 → 0.45 and 0.85 → 0.80; the 22 development texts took dev hospital recall from 0.904 to 0.893 (0.897 after
     * the round), so that floor went 0.90 → 0.85. A twenty-seventh (22 texts, all to the held-out set, scored once at
     * the round's end: memberships 3 of 9, the same with the session-start jar) took held-out hospital precision from
     * 0.951 to 0.948 (0.947 with the session-start jar), so that floor went 0.95 → 0.90. The twenty-eighth to
     * thirty-first (43 texts, each scored once before anyone read it: memberships 12 of 54 with the session-start jar;
     * their held-out halves 6 of 29 then, 7 after the sixteenth round) joined, 23 of them to the held-out set; every
     * floor held (held-out membership recall 0.488 → 0.470, dev 0.762 → 0.756). The thirty-second and thirty-third
     * (20 texts, scored once at the session's start and again before anyone read them, with the same figures but one
     * wrong development pair) joined; the held-out half's pilots (five regional medical centres the gold keeps
     * ambiguous, four of them read as pilots) took held-out pilot precision from 0.919 to 0.879, so that floor went
     * 0.90 → 0.85. The thirty-fourth to thirty-seventh (47 texts, each scored once before anyone read it:
     * memberships 14 of 60 with the session-start jar; the held-out halves 2 of 23, the same after the seventeenth
     * round) joined, 23 of them to the held-out set (a 24th repeated a development text's news and was left out).
     * Their held-out half took held-out indicator precision from 0.913 to 0.898 (9 of 18 and 4 of 6 right, figures
     * put to another hospital of the text) and membership recall from 0.459 to 0.439, so those floors went 0.90 →
     * 0.85 and 0.45 → 0.40; the development half took dev membership recall from 0.759 to 0.745 (0.729 with the
     * session-start jar), so that floor went 0.75 → 0.70. After the county short-name rule (`东丽医院`, from a development
     * text) held-out membership recall rose to 0.467, and with the thirty-eighth and thirty-ninth (21 texts, scored once
     * before anyone read them: memberships 7 of 19, the same with the session-start jar) it is 0.465, so that floor went
     * back 0.40 → 0.45. The fortieth to forty-third (47 texts, scored once before anyone read them: memberships 16 of
     * 51 with the session-start jar) joined, 24 of them to the held-out set (a 48th repeated a held-out text's hospital
     * profile and was left out); one development text's six pilots of a city's DRG programme (named only as the
     * hospitals its insured may use, 在A、B…等6家医院住院时) took dev pilot recall from 0.945 to 0.929, so that floor went
     * 0.93 → 0.92. After the nineteenth round (a body sentence naming two hospitals of different tiers and a partner
     * word, SentencePairs) membership recall rose to 0.764 (dev) and 0.516 (held-out), so those floors went 0.70 → 0.75
     * and 0.45 → 0.50. After the twentieth round (co-leads named by their seat or 为主导, founders signing an alliance's
     * charter, a region's kind of hospital at the head of an alliance's name taken for none) dev hospital recall rose to
     * 0.901, so that floor went 0.85 → 0.90. The forty-sixth to forty-ninth (45 texts, scored once: memberships 19 of 64)
     * joined, 24 of them to the development set, whose hospital recall they took to 0.886; after the twenty-first
     * round it is 0.901 and every floor held (held-out membership precision 0.852, at its floor's edge).
     */
    private static final List<Floor> FLOORS = List.of(
            // set, fact type, precision floor, recall floor
            new Floor("dev", "hospitals", 0.95, 0.90),
            new Floor("dev", "indicators", 0.90, 0.85),
            new Floor("dev", "pilots", 0.95, 0.92),
            new Floor("dev", "memberships", 0.95, 0.75),
            new Floor("heldout", "hospitals", 0.90, 0.70),
            new Floor("heldout", "indicators", 0.85, 0.80),
            new Floor("heldout", "pilots", 0.85, 0.65),
            new Floor("heldout", "memberships", 0.85, 0.50),
            new Floor("seeds", "hospitals", 0.95, 0.95),
            new Floor("seeds", "indicators", 0.95, 0.95),
            new Floor("seeds", "pilots", 0.95, 0.95),
            new Floor("seeds", "memberships", 0.95, 0.95));

    record Floor(String set, String type, double precision, double recall) {}

    private static final List<GoldSet> SETS = List.of(GoldSet.DEV, GoldSet.HELDOUT, GoldSet.SEEDS);
    private static Map<GoldSet, Scores> scores;

    @BeforeAll
    static void scoreAllSets() throws IOException {
        scores = GoldSet.score(SETS, GoldScorer.withCodesFrom(Path.of("eval/indicator-codes.md")));
        System.out.println();
        System.out.printf(
                "%-8s %-12s %6s %6s %5s %5s %5s   %s%n", "set", "type", "P", "R", "tp", "pred", "gold", "floor P/R");
        scores.forEach((set, s) -> {
            if (s.documents().isEmpty()) {
                System.out.printf("%-8s (no gold files in %s)%n", set.name(), set.goldFolder());
                return;
            }
            s.totals()
                    .forEach((type, c) -> System.out.printf(
                            "%-8s %-12s %6.3f %6.3f %5d %5d %5d   %s%n",
                            set.name(),
                            type,
                            c.precision(),
                            c.recall(),
                            c.tp(),
                            c.pred(),
                            c.gold(),
                            floor(set.name(), type)
                                    .map(f -> String.format("%.2f/%.2f", f.precision(), f.recall()))
                                    .orElse("none")));
        });
        Path out = Files.createDirectories(Path.of("target/eval"));
        for (var entry : scores.entrySet()) {
            Files.writeString(
                    out.resolve(entry.getKey().name() + ".txt"),
                    ScoreReport.lines(entry.getValue().documents()));
        }
    }

    @TestFactory
    List<DynamicTest> everySetStaysAboveItsFloors() {
        List<DynamicTest> tests = new ArrayList<>();
        scores.forEach((set, s) -> {
            if (s.documents().isEmpty()) {
                tests.add(dynamicTest(
                        set.name() + ": no gold yet",
                        () -> abort(set.goldFolder() + " holds no gold files yet: " + set.name()
                                + " is not scored (add gold, then its floors)")));
                return;
            }
            s.totals()
                    .forEach((type, c) -> tests.add(dynamicTest(set.name() + " " + type, () -> {
                        Floor f = floor(set.name(), type)
                                .orElseGet(() -> fail(
                                        "no floor for %s %s: today P=%.3f R=%.3f; add new Floor(\"%s\", \"%s\", %.2f, %.2f)",
                                        set.name(),
                                        type,
                                        c.precision(),
                                        c.recall(),
                                        set.name(),
                                        type,
                                        roundedDown(c.precision()),
                                        roundedDown(c.recall())));
                        assertThat(c.precision())
                                .as("%s %s precision", set.name(), type)
                                .isGreaterThanOrEqualTo(f.precision());
                        assertThat(c.recall())
                                .as("%s %s recall", set.name(), type)
                                .isGreaterThanOrEqualTo(f.recall());
                    })));
        });
        return tests;
    }

    private static Optional<Floor> floor(String set, String type) {
        return FLOORS.stream()
                .filter(f -> f.set().equals(set) && f.type().equals(type))
                .findFirst();
    }

    private static double roundedDown(double x) {
        return Math.floor(x * 20 + 1e-9) / 20;
    }

    /** The same CLI output through eval/score.py itself: the port must count exactly what it counts. */
    @Test
    void countsWhatScorePyCounts(@TempDir Path folder) throws IOException, InterruptedException {
        assumeTrue(ScorePy.available(), "python3 is not on the PATH: the comparison with score.py is skipped");
        for (var entry : scores.entrySet()) {
            GoldSet set = entry.getKey();
            Map<String, String> gold = new LinkedHashMap<>();
            for (String file : entry.getValue().predictions().keySet()) {
                gold.put(file, Files.readString(set.goldFolder().resolve(file)));
            }
            assertThat(ScorePy.score(
                            folder.resolve(set.name()), gold, entry.getValue().predictions()))
                    .as(set.name())
                    .isEqualTo(entry.getValue().documents());
        }
    }
}
