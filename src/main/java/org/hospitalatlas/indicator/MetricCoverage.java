package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Which hospitals have level figures (targets excluded) for which codes in which years: what coverage is built on.
 * Hospital ids null = every hospital; province null = anywhere (a prefix of the province's name).
 */
@Service
public class MetricCoverage {

    private final IndicatorValueRepository repository;

    MetricCoverage(IndicatorValueRepository repository) {
        this.repository = repository;
    }

    /** Hospitals with a figure per code and year, and (year null) per code over all years; codes without any are left out. */
    public List<CoverageCount> counts(
            List<IndicatorInfo> indicators, List<Long> hospitalIds, String province, BigDecimal minConfidence) {
        List<IndicatorInfo> stored =
                indicators.stream().filter(info -> !info.derived()).toList();
        List<IndicatorInfo> derived =
                indicators.stream().filter(IndicatorInfo::derived).toList();
        if (hospitalIds == null && province == null && MetricSql.summarised(scope(indicators, null, minConfidence))) {
            return indicators.isEmpty()
                    ? List.of()
                    : repository.summaryCounts(
                            indicators.stream().map(IndicatorInfo::code).toList());
        }
        List<CoverageCount> counts = new ArrayList<>();
        if (!stored.isEmpty()) {
            counts.addAll(repository.storedCounts(scope(stored, hospitalIds, minConfidence), province));
        }
        if (!derived.isEmpty()) {
            counts.addAll(repository.derivedCounts(scope(derived, hospitalIds, minConfidence), province));
        }
        return counts;
    }

    /** One page of (hospital, code) cells, hospitals in name order. */
    public List<CoverageCell> cells(
            List<IndicatorInfo> indicators,
            List<Long> hospitalIds,
            String province,
            BigDecimal minConfidence,
            int page,
            int size) {
        MetricValues.Scope scope = scope(indicators, hospitalIds, minConfidence);
        if (scope.codes().isEmpty()) {
            return List.of();
        }
        // the summary holds every hospital's rows; a list of hospitals narrows them like the province does
        return MetricSql.summarised(scope(indicators, null, minConfidence))
                ? repository.summaryCells(scope, province, size, (long) page * size)
                : repository.cells(scope, province, size, (long) page * size);
    }

    private static MetricValues.Scope scope(
            List<IndicatorInfo> indicators, List<Long> hospitalIds, BigDecimal minConfidence) {
        return MetricValues.Scope.levels(indicators, null, hospitalIds).atLeast(minConfidence);
    }
}
