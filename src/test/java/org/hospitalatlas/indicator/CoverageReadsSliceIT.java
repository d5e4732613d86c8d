package org.hospitalatlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hospitalatlas.indicator.SliceIndicators.plain;
import static org.hospitalatlas.support.CompareFixture.ALPHA;
import static org.hospitalatlas.support.CompareFixture.BETA;
import static org.hospitalatlas.support.CompareFixture.DELTA;
import static org.hospitalatlas.support.CompareFixture.GAMMA;

import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.RepositorySlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coverage's hand-written SQL over the facts that count ({@link CoverageReadsImpl}) in a slice of its own, on
 * {@link CompareFixture}'s figures of 对比省 written in the test's transaction and rolled back after it. The summary
 * reads ({@code summaryCounts}, {@code summaryCells}) are left to the full-context tests: the summaries are refreshed
 * at commit, so they never hold a rolled-back fixture.
 */
@RepositorySlice
@Import(CoverageReadsImpl.class)
class CoverageReadsSliceIT {

    private static final IndicatorInfo BEDS = plain("beds_open");
    private static final IndicatorInfo REVENUE = plain("revenue");
    private static final IndicatorInfo REVENUE_PER_BED = SliceIndicators.REVENUE_PER_BED;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CoverageReads reads;

    @BeforeEach
    void fixture() {
        CompareFixture.ensure(jdbc);
    }

    @Test
    void storedCountsCountHospitalsPerYearAndOverAllYearsLeavingTargetsOut() {
        assertThat(reads.storedCounts(everyYear(BEDS, REVENUE), "对比"))
                .containsExactlyInAnyOrder(
                        new CoverageCount("beds_open", null, 4),
                        new CoverageCount("beds_open", 2021, 4),
                        new CoverageCount("beds_open", 2022, 1),
                        new CoverageCount("revenue", null, 2),
                        new CoverageCount("revenue", 2021, 2));
    }

    @Test
    void storedCountsNarrowToTheScopesHospitalsAndConfidenceAndAProvinceMatchedLiterally() {
        long alpha = CompareFixture.hospitalId(jdbc, ALPHA);
        assertThat(reads.storedCounts(
                        MetricValues.Scope.levels(List.of(BEDS), null, List.of(alpha)), CompareFixture.PROVINCE))
                .containsExactlyInAnyOrder(
                        new CoverageCount("beds_open", null, 1),
                        new CoverageCount("beds_open", 2021, 1),
                        new CoverageCount("beds_open", 2022, 1));
        assertThat(reads.storedCounts(everyYear(BEDS).atLeast(new BigDecimal("0.95")), CompareFixture.PROVINCE))
                .isEmpty();
        assertThat(reads.storedCounts(everyYear(BEDS), "对_省")).isEmpty();
    }

    @Test
    void aRatioCountsOnlyTheHospitalsWithBothInputsInTheSameYear() {
        assertThat(reads.derivedCounts(everyYear(REVENUE_PER_BED), CompareFixture.PROVINCE))
                .containsExactlyInAnyOrder(
                        new CoverageCount("revenue_per_bed", null, 2), new CoverageCount("revenue_per_bed", 2021, 2));

        jdbc.sql("""
                        update indicator_value set value = 0
                        where indicator_code = 'beds_open' and year = 2021
                          and hospital_id = (select id from hospital where slug = :slug)
                        """).param("slug", BETA).update();
        assertThat(reads.derivedCounts(everyYear(REVENUE_PER_BED), CompareFixture.PROVINCE))
                .as("no ratio over zero beds")
                .containsExactlyInAnyOrder(
                        new CoverageCount("revenue_per_bed", null, 1), new CoverageCount("revenue_per_bed", 2021, 1));
    }

    @Test
    void cellsListEachHospitalsYearsAndLatestYearPerCodeInNameOrder() {
        List<CoverageCell> cells = reads.cells(everyYear(BEDS, REVENUE), CompareFixture.PROVINCE, 100, 0);

        assertThat(cells)
                .extracting(c -> c.hospital().slug(), CoverageCell::code, CoverageCell::years, CoverageCell::latestYear)
                .containsExactlyInAnyOrder(
                        tuple(ALPHA, "beds_open", List.of(2021, 2022), 2022),
                        tuple(ALPHA, "revenue", List.of(2021), 2021),
                        tuple(BETA, "beds_open", List.of(2021), 2021),
                        tuple(BETA, "revenue", List.of(2021), 2021),
                        tuple(GAMMA, "beds_open", List.of(2021), 2021),
                        tuple(DELTA, "beds_open", List.of(2021), 2021));
        assertThat(cells.stream().map(c -> c.hospital().slug()).distinct())
                .as("hospitals in the database's name order")
                .containsExactlyElementsOf(nameOrder(List.of(ALPHA, BETA, GAMMA, DELTA)));
        assertThat(cells.stream().filter(c -> c.hospital().slug().equals(ALPHA)).map(CoverageCell::code))
                .containsExactly("beds_open", "revenue");
    }

    @Test
    void cellsOfARatioAndOneYearAndAPage() {
        assertThat(reads.cells(everyYear(REVENUE_PER_BED), CompareFixture.PROVINCE, 100, 0))
                .extracting(c -> c.hospital().slug(), CoverageCell::code, CoverageCell::years)
                .containsExactlyInAnyOrder(
                        tuple(ALPHA, "revenue_per_bed", List.of(2021)), tuple(BETA, "revenue_per_bed", List.of(2021)));

        assertThat(reads.cells(MetricValues.Scope.levels(List.of(BEDS), 2022, null), CompareFixture.PROVINCE, 100, 0))
                .extracting(c -> c.hospital().slug(), CoverageCell::years)
                .containsExactly(tuple(ALPHA, List.of(2022)));

        List<String> order = nameOrder(List.of(ALPHA, BETA, GAMMA, DELTA));
        assertThat(reads.cells(everyYear(BEDS), CompareFixture.PROVINCE, 2, 1))
                .extracting(c -> c.hospital().slug())
                .containsExactlyElementsOf(order.subList(1, 3));
    }

    private static MetricValues.Scope everyYear(IndicatorInfo... indicators) {
        return MetricValues.Scope.levels(List.of(indicators), null, null);
    }

    /** The slugs in the order of their hospitals' names as the database sorts them (its collation). */
    private List<String> nameOrder(List<String> slugs) {
        return jdbc.sql("select slug from hospital where slug in (:slugs) order by name_zh")
                .param("slugs", slugs)
                .query(String.class)
                .list();
    }
}
