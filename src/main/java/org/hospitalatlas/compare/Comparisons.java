package org.hospitalatlas.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.indicator.IndicatorInfo;
import org.hospitalatlas.indicator.MatrixCell;
import org.hospitalatlas.indicator.MetricCatalogue;
import org.hospitalatlas.indicator.MetricValue;
import org.hospitalatlas.indicator.MetricValues;
import org.hospitalatlas.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/** Side-by-side figures: one indicator across hospitals, and hospitals × indicators. */
@Service
class Comparisons {

    private final MetricCatalogue metrics;
    private final MetricValues values;
    private final HospitalLabels hospitals;

    Comparisons(MetricCatalogue metrics, MetricValues values, HospitalLabels hospitals) {
        this.metrics = metrics;
        this.values = values;
        this.hospitals = hospitals;
    }

    /**
     * {@code indicator} for each hospital in {@code year}, or its latest year when {@code year} is null, from
     * figures at least {@code minConfidence} confident (with {@code reviewedOnly}, confirmed or corrected ones only).
     * Every hospital asked for gets a row, with a null value
     * when no document gives one. The hospitals and their figures are one statement, its own snapshot: no transaction.
     */
    public IndicatorComparison compare(
            String indicator,
            List<String> hospitalSlugs,
            Integer year,
            String kind,
            BigDecimal minConfidence,
            boolean reviewedOnly) {
        IndicatorInfo info = metrics.require(indicator);
        requireLevelsForDerived(List.of(info), kind);
        MetricValues.Asked read =
                read(scope(List.of(info), kind, year).atLeast(minConfidence).reviewedOnly(reviewedOnly), hospitalSlugs);
        List<HospitalLabels.Resolved> resolved = hospitals.inOrder(hospitalSlugs, read.hospitals());
        Map<Long, MetricValue> chosen = latestByHospital(read.values());
        String unit = unitOf(info, kind);
        List<ComparedValue> rows = new ArrayList<>(resolved.size());
        for (HospitalLabels.Resolved hospital : resolved) {
            MetricValue value = chosen.get(hospital.id());
            rows.add(
                    value == null
                            ? new ComparedValue(
                                    hospital.label(), info.code(), null, null, unit, null, kind, List.of(), List.of())
                            : new ComparedValue(
                                    hospital.label(),
                                    info.code(),
                                    value.year(),
                                    value.value(),
                                    unit,
                                    value.qualifier(),
                                    kind,
                                    value.evidence(),
                                    value.conflicts()));
        }
        return new IndicatorComparison(info, year, kind, rows);
    }

    /**
     * Hospitals × indicators; each cell is that year's figure, or the cell's latest when {@code year} is null,
     * from figures at least {@code minConfidence} confident. One statement, as {@link #compare}.
     */
    public ComparisonMatrix matrix(
            List<String> hospitalSlugs,
            List<String> indicators,
            Integer year,
            String kind,
            BigDecimal minConfidence,
            boolean reviewedOnly) {
        List<IndicatorInfo> infos = metrics.requireAll(indicators);
        requireLevelsForDerived(infos, kind);
        MetricValues.Asked read =
                read(scope(infos, kind, year).atLeast(minConfidence).reviewedOnly(reviewedOnly), hospitalSlugs);
        List<HospitalLabels.Resolved> resolved = hospitals.inOrder(hospitalSlugs, read.hospitals());
        Map<String, Map<Long, MetricValue>> byCode = new HashMap<>();
        for (MetricValue value : read.values()) {
            byCode.computeIfAbsent(value.code(), c -> new HashMap<>())
                    .merge(value.hospitalId(), value, Comparisons::later);
        }
        List<MatrixRow> rows = new ArrayList<>(resolved.size());
        for (HospitalLabels.Resolved hospital : resolved) {
            Map<String, MatrixCell> cells = new LinkedHashMap<>();
            for (IndicatorInfo info : infos) {
                MetricValue value = byCode.getOrDefault(info.code(), Map.of()).get(hospital.id());
                String unit = unitOf(info, kind);
                cells.put(info.code(), value == null ? MatrixCell.empty(unit) : MatrixCell.of(value, unit));
            }
            rows.add(new MatrixRow(hospital.label(), cells));
        }
        return new ComparisonMatrix(year, kind, infos, rows);
    }

    /**
     * The hospitals named and their figures in scope; without a year, only each cell's latest figure leaves the
     * database (one row where a decade would be).
     */
    private MetricValues.Asked read(MetricValues.Scope scope, List<String> hospitalSlugs) {
        return scope.fromYear() == scope.toYear()
                ? values.valuesOf(scope, hospitalSlugs)
                : values.latestOf(scope, hospitalSlugs);
    }

    static String unitOf(IndicatorInfo info, String kind) {
        return MetricValues.YOY_CHANGE_PCT.equals(kind) ? "percent" : info.unit();
    }

    static void requireLevelsForDerived(List<IndicatorInfo> infos, String kind) {
        if (MetricValues.LEVEL.equals(kind)) {
            return;
        }
        List<String> derived = infos.stream()
                .filter(IndicatorInfo::derived)
                .map(IndicatorInfo::code)
                .toList();
        if (!derived.isEmpty()) {
            throw new InvalidInputException(
                    "kind", "derived indicators " + derived + " are ratios of levels; use kind=level for them");
        }
    }

    /** The figures of {@code infos}; which hospitals' is the statement's ({@link MetricValues#valuesOf}). */
    private static MetricValues.Scope scope(List<IndicatorInfo> infos, String kind, Integer year) {
        return MetricValues.Scope.of(
                infos,
                kind,
                year == null ? MetricValues.FIRST_YEAR : year,
                year == null ? MetricValues.LAST_YEAR : year,
                null);
    }

    private static Map<Long, MetricValue> latestByHospital(List<MetricValue> values) {
        Map<Long, MetricValue> latest = new HashMap<>();
        values.forEach(value -> latest.merge(value.hospitalId(), value, Comparisons::later));
        return latest;
    }

    private static MetricValue later(MetricValue a, MetricValue b) {
        return b.year() > a.year() ? b : a;
    }
}
