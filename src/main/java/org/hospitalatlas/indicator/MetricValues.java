package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hospitalatlas.hospital.HospitalLabels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads indicator figures for comparison, catalogue codes and derived ratios alike. Targets never take part, nor
 * rejected figures, nor figures less confident than the scope asks, nor (reviewed only) figures nobody confirmed or
 * corrected. When several documents give the same hospital, indicator, year and kind, a confirmed or corrected figure
 * is chosen, then the most recently published, then the most confident (docs/conflicts.md); the others are kept and
 * listed as conflicts where they differ ({@link FigureConflicts}). The SQL is {@link MetricHeadSql}'s heads of
 * {@link MetricSql}'s rules, read through {@link IndicatorValueRepository}.
 */
@Service
public class MetricValues {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    public static final String LEVEL = "level";
    public static final String YOY_CHANGE_PCT = "yoy_change_pct";

    /**
     * Which figures to read: indicator codes, kind, a year range, hospitals (null for every hospital) and the
     * lowest confidence (0 for every figure). {@code inputs} are the stored codes they need: each code itself, or
     * a derived ratio's two inputs, both of which must be confident enough.
     */
    public record Scope(
            List<String> codes,
            List<String> inputs,
            String kind,
            int fromYear,
            int toYear,
            List<Long> hospitalIds,
            BigDecimal minConfidence,
            boolean reviewedOnly) {

        /** This scope, leaving out figures less confident than {@code confidence}. */
        public Scope atLeast(BigDecimal confidence) {
            return new Scope(codes, inputs, kind, fromYear, toYear, hospitalIds, confidence, reviewedOnly);
        }

        /** This scope, with only figures a person confirmed or corrected when {@code reviewed} (review=confirmed). */
        public Scope reviewedOnly(boolean reviewed) {
            return new Scope(codes, inputs, kind, fromYear, toYear, hospitalIds, minConfidence, reviewed);
        }

        /** No derived ratio among the codes: every code is its own single input. */
        boolean plain() {
            return codes.equals(inputs);
        }

        public static Scope of(
                List<IndicatorInfo> indicators, String kind, int fromYear, int toYear, List<Long> hospitalIds) {
            Set<String> inputs = new LinkedHashSet<>();
            for (IndicatorInfo indicator : indicators) {
                inputs.addAll(indicator.derived() ? indicator.inputs() : List.of(indicator.code()));
            }
            return new Scope(
                    indicators.stream().map(IndicatorInfo::code).toList(),
                    List.copyOf(inputs),
                    kind,
                    fromYear,
                    toYear,
                    hospitalIds,
                    BigDecimal.ZERO,
                    false);
        }

        /** Levels in {@code year}, or in every year when it is null. */
        public static Scope levels(List<IndicatorInfo> indicators, Integer year, List<Long> hospitalIds) {
            return of(
                    indicators, LEVEL, year == null ? FIRST_YEAR : year, year == null ? LAST_YEAR : year, hospitalIds);
        }
    }

    /** The hospitals found of those named by slug, in no particular order, and their figures in scope. */
    public record Asked(List<HospitalLabels.Resolved> hospitals, List<MetricValue> values) {}

    private final IndicatorValueRepository repository;
    private final FigureConflicts conflicts;
    private final HospitalLabels hospitals;

    MetricValues(IndicatorValueRepository repository, FigureConflicts conflicts, HospitalLabels hospitals) {
        this.repository = repository;
        this.conflicts = conflicts;
        this.hospitals = hospitals;
    }

    /** Every figure in scope, by code, hospital and year. */
    public List<MetricValue> values(Scope scope) {
        if (nothingIn(scope)) {
            return List.of();
        }
        return conflicts.attach(repository.chosenValuesWithFigures(scope));
    }

    /** Each hospital's figure of the latest year in scope, by code and hospital. */
    public List<MetricValue> latest(Scope scope) {
        if (nothingIn(scope)) {
            return List.of();
        }
        return conflicts.attach(repository.latestValuesWithFigures(scope));
    }

    /**
     * The hospitals named by {@code slugs} and every figure of theirs in scope, by hospital, code and year. The scope's
     * own hospitals are not looked at. Put the hospitals in the order asked with {@link HospitalLabels#inOrder}; an
     * unknown slug is the hospital module's not-found. Outside a transaction the hospitals' labels are those kept for
     * the data version ({@link HospitalLabels#requireAllKept}) and the figures one statement by their ids, with no
     * transaction; inside one, the hospitals and their figures are one statement in it.
     */
    public Asked valuesOf(Scope scope, List<String> slugs) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return asked(repository.chosenValuesOfAsked(scope, slugs));
        }
        List<HospitalLabels.Resolved> asked = hospitals.requireAllKept(slugs);
        return new Asked(asked, conflicts.attach(repository.chosenValuesOfHospitals(scope, idsOf(asked))));
    }

    /** {@link #valuesOf}, each hospital's figure of the latest year in scope, by hospital and code. */
    public Asked latestOf(Scope scope, List<String> slugs) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return asked(repository.latestValuesOfAsked(scope, slugs));
        }
        List<HospitalLabels.Resolved> asked = hospitals.requireAllKept(slugs);
        return new Asked(asked, conflicts.attach(repository.latestValuesOfHospitals(scope, idsOf(asked))));
    }

    private static List<Long> idsOf(List<HospitalLabels.Resolved> hospitals) {
        return hospitals.stream().map(HospitalLabels.Resolved::id).distinct().toList();
    }

    private Asked asked(MetricReads.AskedFigures read) {
        return new Asked(read.hospitals(), conflicts.attach(read.values()));
    }

    private static boolean nothingIn(Scope scope) {
        return scope.codes().isEmpty()
                || (scope.hospitalIds() != null && scope.hospitalIds().isEmpty());
    }
}
