package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hospitalatlas.extraction.GoldScorer.Counts;

/** Sums and prints per-document counts as score.py does. */
final class ScoreReport {

    private ScoreReport() {}

    /** score.py's lines: one per document ({@code h01.json hospitals=tp/pred/gold …}), then one per type. */
    static String lines(Map<String, Map<String, Counts>> documents) {
        StringBuilder out = new StringBuilder();
        Map<String, Counts> totals = new LinkedHashMap<>();
        documents.forEach((file, counts) -> {
            out.append(file);
            counts.forEach((type, c) -> {
                out.append(String.format(" %s=%d/%d/%d", type, c.tp(), c.pred(), c.gold()));
                totals.merge(type, c, Counts::plus);
            });
            out.append('\n');
        });
        totals.forEach((type, c) -> out.append(String.format(
                "%s P=%s R=%s F1=%s (tp=%d pred=%d gold=%d)\n",
                type, fixed3(c.precision()), fixed3(c.recall()), fixed3(c.f1()), c.tp(), c.pred(), c.gold())));
        return out.toString();
    }

    /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half-even. */
    static String fixed3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    static Map<String, Counts> totals(Map<String, Map<String, Counts>> documents) {
        Map<String, Counts> totals = new LinkedHashMap<>();
        GoldScorer.TYPES.forEach(t -> totals.put(t, Counts.ZERO));
        documents.values().forEach(counts -> counts.forEach((type, c) -> totals.merge(type, c, Counts::plus)));
        return totals;
    }
}
