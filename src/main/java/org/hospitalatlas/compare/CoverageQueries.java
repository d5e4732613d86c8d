package org.hospitalatlas.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.indicator.CoverageCount;
import org.hospitalatlas.indicator.IndicatorInfo;
import org.hospitalatlas.indicator.MetricCatalogue;
import org.hospitalatlas.indicator.MetricCoverage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What can be compared before asking: which hospitals have which indicators in which years. */
@Service
class CoverageQueries {

    private final MetricCatalogue metrics;
    private final MetricCoverage coverage;
    private final HospitalLabels hospitals;

    CoverageQueries(MetricCatalogue metrics, MetricCoverage coverage, HospitalLabels hospitals) {
        this.metrics = metrics;
        this.coverage = coverage;
        this.hospitals = hospitals;
    }

    /**
     * Coverage of {@code indicators} (null = every code, derived included) for {@code hospitalSlugs}
     * (null = every hospital) in {@code province} (null = anywhere), by figures at least {@code minConfidence}
     * confident.
     */
    @Transactional(readOnly = true)
    public Coverage coverage(
            List<String> indicators,
            List<String> hospitalSlugs,
            String province,
            BigDecimal minConfidence,
            int page,
            int size) {
        List<IndicatorInfo> infos = indicators == null ? metrics.all() : metrics.requireAll(indicators);
        List<Long> ids = hospitalSlugs == null
                ? null
                : hospitals.requireAll(hospitalSlugs).stream()
                        .map(HospitalLabels.Resolved::id)
                        .distinct()
                        .toList();
        // per indicator and year, and (year null) per indicator over all years
        Map<String, Integer> hospitalsByCode = new HashMap<>();
        Map<String, List<Coverage.YearCount>> hospitalsByYear = new HashMap<>();
        List<CoverageCount> counts = coverage.counts(infos, ids, province, minConfidence);
        counts.stream()
                .sorted(Comparator.comparing(CoverageCount::code)
                        .thenComparing(CoverageCount::year, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(row -> {
                    if (row.year() == null) {
                        hospitalsByCode.put(row.code(), row.hospitals());
                    } else {
                        hospitalsByYear
                                .computeIfAbsent(row.code(), code -> new ArrayList<>())
                                .add(new Coverage.YearCount(row.year(), row.hospitals()));
                    }
                });
        List<Coverage.IndicatorCoverage> summary = new ArrayList<>();
        long total = 0;
        for (IndicatorInfo info : infos) {
            int count = hospitalsByCode.getOrDefault(info.code(), 0);
            total += count;
            summary.add(new Coverage.IndicatorCoverage(
                    info.code(), info.derived(), count, hospitalsByYear.getOrDefault(info.code(), List.of())));
        }

        List<Coverage.Cell> items = coverage.cells(infos, ids, province, minConfidence, page, size).stream()
                .map(cell -> new Coverage.Cell(cell.hospital(), cell.code(), cell.years(), cell.latestYear()))
                .toList();
        return new Coverage(summary, items, page, size, total, (int) ((total + size - 1) / size));
    }
}
