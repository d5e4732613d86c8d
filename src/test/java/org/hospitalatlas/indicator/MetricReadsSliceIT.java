package org.hospitalatlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hospitalatlas.indicator.SliceIndicators.plain;
import static org.hospitalatlas.support.CompareFixture.ALPHA;
import static org.hospitalatlas.support.CompareFixture.BETA;
import static org.hospitalatlas.support.CompareFixture.EMPTY;
import static org.hospitalatlas.support.CompareFixture.GAMMA;

import java.math.BigDecimal;
import java.util.List;
import javax.sql.DataSource;
import org.hospitalatlas.database.PlanOnceConnections;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.RepositorySlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The compare's and the matrix's hand-written SQL ({@link MetricReadsImpl}) in a slice of its own, on
 * {@link CompareFixture}'s figures written in the test's transaction and rolled back after it. Inside a transaction the
 * fragment reads on the transaction's connection, so the plan-once pool it is given here (over the slice's own pool)
 * is never asked.
 */
@RepositorySlice
@Import({MetricReadsImpl.class, MetricReadsSliceIT.PlanOnce.class})
class MetricReadsSliceIT {

    private static final IndicatorInfo BEDS = plain("beds_open");
    private static final IndicatorInfo REVENUE = plain("revenue");
    private static final IndicatorInfo STAY = plain("avg_length_of_stay");
    private static final IndicatorInfo REVENUE_PER_BED = SliceIndicators.REVENUE_PER_BED;

    @TestConfiguration(proxyBeanMethods = false)
    static class PlanOnce {
        @Bean
        PlanOnceConnections planOnceConnections(DataSource dataSource) {
            return new PlanOnceConnections(dataSource);
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MetricReads reads;

    long alpha;
    long gamma;

    @BeforeEach
    void fixture() {
        CompareFixture.ensure(jdbc);
        alpha = CompareFixture.hospitalId(jdbc, ALPHA);
        gamma = CompareFixture.hospitalId(jdbc, GAMMA);
    }

    @Test
    void theCompareFindsTheAskedHospitalsAndEachOnesChosenFiguresWithTheirQuotes() {
        MetricReads.AskedFigures read = reads.chosenValuesOfAsked(
                MetricValues.Scope.levels(List.of(BEDS, REVENUE), 2021, null),
                List.of(BETA, "cmp-no-such", ALPHA, EMPTY));

        assertThat(read.hospitals())
                .extracting(h -> h.label().slug())
                .as("a hospital without figures is found, an unknown slug is not")
                .containsExactlyInAnyOrder(ALPHA, BETA, EMPTY);
        assertThat(read.values())
                .extracting(
                        f -> slugOf(read, f.value().hospitalId()),
                        f -> f.value().code(),
                        f -> f.value().year(),
                        f -> f.value().value().toPlainString(),
                        f -> f.value().qualifier())
                .as("by hospital, then code; the 9999 target of 2021 never counts")
                .containsExactly(
                        tuple(ALPHA, "beds_open", 2021, "1000", "exact"),
                        tuple(ALPHA, "revenue", 2021, "500000000", "exact"),
                        tuple(BETA, "beds_open", 2021, "1000", "exact"),
                        tuple(BETA, "revenue", 2021, "400000000", "approx"));

        MetricReads.FiguredValue beds = read.values().get(0);
        assertThat(beds.value().evidence())
                .extracting(ValueEvidence::document, ValueEvidence::quote)
                .containsExactly(tuple(CompareFixture.DOCUMENT, "对比市第一人民医院2021年实际开放床位1000张"));
        ValueEvidence evidence = beds.value().evidence().get(0);
        assertThat(CompareFixture.TEXT.substring(evidence.start(), evidence.end()))
                .isEqualTo(evidence.quote());
        assertThat(beds.inputFigures())
                .extracting(f -> f.value().toPlainString())
                .containsExactly("1000");
    }

    @Test
    void aRatioIsItsInputsQuotientCitingBoth() {
        MetricReads.AskedFigures read = reads.chosenValuesOfAsked(
                MetricValues.Scope.levels(List.of(REVENUE_PER_BED), 2021, null), List.of(ALPHA, BETA, GAMMA));

        assertThat(read.values())
                .extracting(
                        f -> slugOf(read, f.value().hospitalId()),
                        f -> f.value().code())
                .as("gamma has beds but no revenue")
                .containsExactly(tuple(ALPHA, "revenue_per_bed"), tuple(BETA, "revenue_per_bed"));
        MetricReads.FiguredValue first = read.values().get(0);
        assertThat(first.value().value()).isEqualByComparingTo("500000");
        assertThat(read.values().get(1).value().value()).isEqualByComparingTo("400000");
        assertThat(first.value().evidence())
                .extracting(ValueEvidence::indicator, ValueEvidence::quote)
                .containsExactly(tuple("revenue", "业务收入5亿元"), tuple("beds_open", "对比市第一人民医院2021年实际开放床位1000张"));
        assertThat(first.inputFigures())
                .extracting(ConflictingFigure::indicator, f -> f.value().toPlainString())
                .containsExactly(tuple("revenue", "500000000"), tuple("beds_open", "1000"));
    }

    @Test
    void latestIsEachHospitalsOwnLatestYearAndNeverATargetYear() {
        MetricReads.AskedFigures read =
                reads.latestValuesOfAsked(MetricValues.Scope.levels(List.of(BEDS), null, null), List.of(GAMMA, ALPHA));

        assertThat(read.values())
                .extracting(
                        f -> slugOf(read, f.value().hospitalId()),
                        f -> f.value().year(),
                        f -> f.value().value().toPlainString())
                .containsExactly(tuple(ALPHA, 2022, "1100"), tuple(GAMMA, 2021, "800"));
    }

    @Test
    void theMatrixReadsHospitalsByIdInHospitalCodeAndYearOrder() {
        assertThat(reads.chosenValuesOfHospitals(
                        MetricValues.Scope.levels(List.of(BEDS, STAY), 2021, null), List.of(gamma, alpha)))
                .extracting(
                        f -> f.value().hospitalId(),
                        f -> f.value().code(),
                        f -> f.value().value().toPlainString())
                .containsExactly(
                        tuple(alpha, "avg_length_of_stay", "8.5"),
                        tuple(alpha, "beds_open", "1000"),
                        tuple(gamma, "avg_length_of_stay", "7.2"),
                        tuple(gamma, "beds_open", "800"));
        assertThat(reads.latestValuesOfHospitals(
                        MetricValues.Scope.levels(List.of(BEDS), null, null), List.of(gamma, alpha)))
                .extracting(f -> f.value().hospitalId(), f -> f.value().year())
                .containsExactly(tuple(alpha, 2022), tuple(gamma, 2021));
        assertThat(reads.chosenValuesOfHospitals(MetricValues.Scope.levels(List.of(BEDS), 2021, null), List.of()))
                .isEmpty();
    }

    @Test
    void everyYearOfTheScopesHospitalsAndNothingBelowTheConfidenceOrUnreviewed() {
        MetricValues.Scope everyYear = MetricValues.Scope.levels(List.of(BEDS), null, List.of(alpha));

        assertThat(reads.chosenValues(everyYear))
                .extracting(MetricValue::year, v -> v.value().toPlainString())
                .containsExactly(tuple(2021, "1000"), tuple(2022, "1100"));
        assertThat(reads.chosenValues(everyYear.atLeast(new BigDecimal("0.95"))))
                .isEmpty();
        assertThat(reads.chosenValues(everyYear.reviewedOnly(true))).isEmpty();

        MetricReads.AskedFigures unsure = reads.chosenValuesOfAsked(
                MetricValues.Scope.levels(List.of(BEDS), 2021, null).atLeast(new BigDecimal("0.95")), List.of(ALPHA));
        assertThat(unsure.hospitals()).extracting(h -> h.label().slug()).containsExactly(ALPHA);
        assertThat(unsure.values()).isEmpty();
    }

    private static String slugOf(MetricReads.AskedFigures read, long hospitalId) {
        return read.hospitals().stream()
                .filter(h -> h.id() == hospitalId)
                .findFirst()
                .orElseThrow()
                .label()
                .slug();
    }
}
