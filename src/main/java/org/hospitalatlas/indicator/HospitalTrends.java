package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.shared.Numbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One hospital's indicators over time. */
@Service
class HospitalTrends {

    private final MetricCatalogue metrics;
    private final MetricValues values;
    private final HospitalLabels labels;

    HospitalTrends(MetricCatalogue metrics, MetricValues values, HospitalLabels labels) {
        this.metrics = metrics;
        this.values = values;
        this.labels = labels;
    }

    /**
     * The hospital's figures from {@code from} to {@code to} (null = open), for {@code codes} or, when null,
     * for every indicator it has figures for, from figures at least {@code minConfidence} confident. Each year
     * with a level or a stated change is a row.
     */
    @Transactional(readOnly = true)
    HospitalSeries series(
            String slug, List<String> codes, Integer from, Integer to, BigDecimal minConfidence, boolean reviewedOnly) {
        HospitalLabels.Resolved hospital = labels.require(slug);
        List<IndicatorInfo> infos = codes == null ? metrics.all() : metrics.requireAll(codes);
        int first = from == null ? MetricValues.FIRST_YEAR : from;
        int last = to == null ? MetricValues.LAST_YEAR : to;
        List<IndicatorInfo> plain =
                infos.stream().filter(info -> !info.derived()).toList();
        List<Long> ids = List.of(hospital.id());
        // one year earlier, so that the first year shown still gets its computed change
        Map<String, NavigableMap<Integer, MetricValue>> levels = byCodeAndYear(values.values(MetricValues.Scope.of(
                        infos, MetricValues.LEVEL, Math.max(MetricValues.FIRST_YEAR, first - 1), last, ids)
                .atLeast(minConfidence)
                .reviewedOnly(reviewedOnly)));
        Map<String, NavigableMap<Integer, MetricValue>> stated =
                byCodeAndYear(values.values(MetricValues.Scope.of(plain, MetricValues.YOY_CHANGE_PCT, first, last, ids)
                        .atLeast(minConfidence)
                        .reviewedOnly(reviewedOnly)));

        List<IndicatorInfo> shown = new ArrayList<>();
        List<SeriesPoint> rows = new ArrayList<>();
        for (IndicatorInfo info : infos) {
            NavigableMap<Integer, MetricValue> level = levels.getOrDefault(info.code(), new TreeMap<>());
            NavigableMap<Integer, MetricValue> yoy = stated.getOrDefault(info.code(), new TreeMap<>());
            TreeSet<Integer> years =
                    new TreeSet<>(level.subMap(first, true, last, true).keySet());
            years.addAll(yoy.keySet());
            if (years.isEmpty() && codes == null) {
                continue;
            }
            shown.add(info);
            for (int year : years) {
                MetricValue current = level.get(year);
                MetricValue previous = level.get(year - 1);
                MetricValue change = yoy.get(year);
                rows.add(new SeriesPoint(
                        info.code(),
                        year,
                        current == null ? null : current.value(),
                        info.unit(),
                        current == null ? null : current.qualifier(),
                        current == null || previous == null
                                ? null
                                : Numbers.changePercent(previous.value(), current.value()),
                        change == null ? null : change.value(),
                        current == null ? List.of() : current.evidence(),
                        change == null ? null : change.evidence().get(0),
                        current == null ? List.of() : current.conflicts()));
            }
        }
        return new HospitalSeries(hospital.label(), from, to, shown, rows);
    }

    private static Map<String, NavigableMap<Integer, MetricValue>> byCodeAndYear(List<MetricValue> values) {
        Map<String, NavigableMap<Integer, MetricValue>> grouped = new HashMap<>();
        for (MetricValue value : values) {
            grouped.computeIfAbsent(value.code(), code -> new TreeMap<>()).put(value.year(), value);
        }
        return grouped;
    }
}
