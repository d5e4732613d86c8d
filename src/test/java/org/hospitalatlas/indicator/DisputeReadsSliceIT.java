package org.hospitalatlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.FixtureRows;
import org.hospitalatlas.support.RepositorySlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where documents disagree ({@link DisputeReadsImpl}) in a slice of its own: {@link CompareFixture}'s figures and a
 * later document that gives alpha's 2021 beds another value and delta's the same one, written in the test's
 * transaction and rolled back after it. Every read names a hospital, so that other tests' disputes never count.
 */
@RepositorySlice
@Import(DisputeReadsImpl.class)
class DisputeReadsSliceIT {

    private static final BigDecimal ANY = BigDecimal.ZERO;
    private static final String LATER = "cmp-dispute-later";
    private static final String LATER_TEXT = "对比市第一人民医院2021年实际开放床位1050张。对比县人民医院2021年实际开放床位500张。";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DisputeReads reads;

    long alpha;
    long delta;

    @BeforeEach
    void fixture() {
        CompareFixture.ensure(jdbc);
        jdbc.sql("""
                        insert into source_document (slug, title, publisher, published_on, sha256, body, imported_at)
                        values (:slug, '对比省医院工作简报（续）', '对比省卫健委', date '2023-01-01', :sha256, :body,
                                timestamptz '2024-01-01 00:00+00')
                        """)
                .param("slug", LATER)
                .param("sha256", "d15b".repeat(16))
                .param("body", LATER_TEXT)
                .update();
        FixtureRows later = new FixtureRows(jdbc, LATER, LATER_TEXT);
        later.value(
                CompareFixture.ALPHA,
                "beds_open",
                2021,
                "level",
                "1050",
                "exact",
                false,
                "0.8",
                "对比市第一人民医院2021年实际开放床位1050张");
        later.value(
                CompareFixture.DELTA,
                "beds_open",
                2021,
                "level",
                "500",
                "exact",
                false,
                "0.8",
                "对比县人民医院2021年实际开放床位500张");
        alpha = CompareFixture.hospitalId(jdbc, CompareFixture.ALPHA);
        delta = CompareFixture.hospitalId(jdbc, CompareFixture.DELTA);
    }

    @Test
    void twoValuesOfOneHospitalCodeAndYearAreADisputeListedInTheOrderOfTheChoice() {
        DisputeFilter filter = new DisputeFilter(null, alpha, ANY, null);

        assertThat(reads.countDisputes(filter)).isEqualTo(1);
        assertThat(reads.disputedFigures(filter, 10, 0))
                .extracting(
                        DisputedFigure::indicator,
                        DisputedFigure::year,
                        DisputedFigure::kind,
                        DisputedFigure::rank,
                        f -> f.figure().value().toPlainString(),
                        f -> f.figure().document(),
                        f -> f.figure().publishedOn())
                .as("the later publication first; the 9999 target never counts")
                .containsExactly(
                        tuple("beds_open", 2021, "level", 1, "1050", LATER, LocalDate.parse("2023-01-01")),
                        tuple(
                                "beds_open",
                                2021,
                                "level",
                                2,
                                "1000",
                                CompareFixture.DOCUMENT,
                                LocalDate.parse("2022-03-01")));
        DisputedFigure first = reads.disputedFigures(filter, 10, 0).get(0);
        assertThat(first.hospital().slug()).isEqualTo(CompareFixture.ALPHA);
        assertThat(LATER_TEXT.substring(first.figure().start(), first.figure().end()))
                .isEqualTo(first.figure().quote());
        assertThat(first.figure().confidence()).isEqualByComparingTo("0.8");
    }

    @Test
    void theSameValueTwiceIsNoDispute() {
        DisputeFilter filter = new DisputeFilter(null, delta, ANY, null);

        assertThat(reads.countDisputes(filter)).isZero();
        assertThat(reads.disputedFigures(filter, 10, 0)).isEmpty();
    }

    @Test
    void aConfirmedFigureIsChosenFirstAndARejectedOneEndsTheDispute() {
        jdbc.sql("""
                        update indicator_value set review_state = 'confirmed'
                        where hospital_id = :alpha and value = 1000 and year = 2021 and indicator_code = 'beds_open'
                        """).param("alpha", alpha).update();
        assertThat(reads.disputedFigures(new DisputeFilter(null, alpha, ANY, null), 10, 0))
                .extracting(DisputedFigure::rank, f -> f.figure().value().toPlainString())
                .containsExactly(tuple(1, "1000"), tuple(2, "1050"));

        jdbc.sql("update indicator_value set review_state = 'rejected' where hospital_id = :alpha and value = 1050")
                .param("alpha", alpha)
                .update();
        assertThat(reads.countDisputes(new DisputeFilter(null, alpha, ANY, null)))
                .isZero();
    }

    @Test
    void theCodeConfidenceAndChangedSinceFiltersNarrowTheDisputes() {
        assertThat(reads.countDisputes(new DisputeFilter("beds_open", alpha, ANY, null)))
                .isEqualTo(1);
        assertThat(reads.countDisputes(new DisputeFilter("revenue", alpha, ANY, null)))
                .isZero();
        assertThat(reads.countDisputes(new DisputeFilter(null, alpha, new BigDecimal("0.85"), null)))
                .as("the later figure is 0.8 confident")
                .isZero();
        assertThat(reads.countDisputes(new DisputeFilter(null, alpha, ANY, OffsetDateTime.parse("2023-06-01T00:00Z"))))
                .isEqualTo(1);
        assertThat(reads.countDisputes(new DisputeFilter(null, alpha, ANY, OffsetDateTime.parse("2999-01-01T00:00Z"))))
                .isZero();
    }

    @Test
    void aPageOfDisputesHoldsEveryFigureOfItsGroups() {
        assertThat(reads.disputedFigures(new DisputeFilter(null, alpha, ANY, null), 1, 0))
                .as("the limit is on groups, not figures")
                .hasSize(2);
        assertThat(reads.disputedFigures(new DisputeFilter(null, alpha, ANY, null), 1, 1))
                .isEmpty();
    }
}
