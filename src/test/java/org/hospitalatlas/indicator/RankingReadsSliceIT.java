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
 * The ranking's hand-written SQL ({@link RankingReadsImpl}) in a slice of its own, on {@link CompareFixture}'s figures
 * of 对比省 written in the test's transaction and rolled back after it. Only the statement over the figures themselves
 * ({@link RankingReadsImpl.Path#FACTS}) is asked: the other two read V070's and V090's summaries, which the writers
 * refresh at commit and so never hold a rolled-back fixture (a peer group always makes one year a FACTS read, and a
 * lowest confidence above zero does the same for each hospital's latest year).
 */
@RepositorySlice
@Import(RankingReadsImpl.class)
class RankingReadsSliceIT {

    private static final IndicatorInfo BEDS = plain("beds_open");
    private static final IndicatorInfo STAY = plain("avg_length_of_stay");
    private static final IndicatorInfo REVENUE_PER_BED = SliceIndicators.REVENUE_PER_BED;

    private static final PeerFilter PROVINCE = new PeerFilter(CompareFixture.PROVINCE, null, null);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RankingReads reads;

    @BeforeEach
    void fixture() {
        CompareFixture.ensure(jdbc);
    }

    @Test
    void rankingSharesRankOnTiesOrdersTiesBySlugAndGivesPercentilesAndThePeerMedian() {
        RankingQuery query = oneYear(BEDS, 2021, PROVINCE, true, 0, 10);
        assertThat(RankingReadsImpl.path(query)).isEqualTo(RankingReadsImpl.Path.FACTS);

        MetricRanking ranking = reads.rankedPage(query);

        assertThat(ranking.page())
                .extracting(
                        r -> r.hospital().slug(),
                        RankedMetric::rank,
                        r -> r.percentile().toPlainString(),
                        r -> r.value().year(),
                        r -> r.value().value().toPlainString())
                .containsExactly(
                        tuple(ALPHA, 1, "100", 2021, "1000"),
                        tuple(BETA, 1, "100", 2021, "1000"),
                        tuple(GAMMA, 3, "33.3", 2021, "800"),
                        tuple(DELTA, 4, "0", 2021, "500"));
        assertThat(ranking.peerCount()).isEqualTo(4);
        assertThat(ranking.median()).isEqualByComparingTo("900");
        assertThat(ranking.page().get(0).hospital().province()).isEqualTo(CompareFixture.PROVINCE);
    }

    @Test
    void theChosenFigureCarriesItsQuoteAndTargetsNeverCount() {
        RankedMetric alpha = reads.rankedPage(oneYear(BEDS, 2021, PROVINCE, true, 0, 1))
                .page()
                .get(0);

        assertThat(alpha.value().value()).as("9999 for 2021 is only a target").isEqualByComparingTo("1000");
        assertThat(alpha.value().evidence())
                .extracting(ValueEvidence::indicator, ValueEvidence::document, ValueEvidence::quote)
                .containsExactly(tuple("beds_open", CompareFixture.DOCUMENT, "对比市第一人民医院2021年实际开放床位1000张"));
        ValueEvidence evidence = alpha.value().evidence().get(0);
        assertThat(CompareFixture.TEXT.substring(evidence.start(), evidence.end()))
                .isEqualTo(evidence.quote());
    }

    @Test
    void ascendingRanksTheLowestFirstWithTiesAndAnEvenGroupsMedianIsTheMeanOfItsMiddle() {
        MetricRanking ranking = reads.rankedPage(oneYear(STAY, 2021, PROVINCE, false, 0, 10));

        assertThat(ranking.page())
                .extracting(
                        r -> r.hospital().slug(),
                        RankedMetric::rank,
                        r -> r.percentile().toPlainString())
                .containsExactly(
                        tuple(BETA, 1, "100"), tuple(GAMMA, 1, "100"), tuple(ALPHA, 3, "33.3"), tuple(DELTA, 4, "0"));
        assertThat(ranking.median()).isEqualByComparingTo("7.85");

        assertThat(reads.rankedPage(oneYear(STAY, 2021, PROVINCE, true, 0, 10)).page())
                .extracting(r -> r.hospital().slug(), RankedMetric::rank)
                .containsExactly(tuple(DELTA, 1), tuple(ALPHA, 2), tuple(BETA, 3), tuple(GAMMA, 3));
    }

    @Test
    void aLaterPageKeepsTheRanksAndThePeerGroupOfTheWhole() {
        MetricRanking second = reads.rankedPage(oneYear(BEDS, 2021, PROVINCE, true, 1, 2));

        assertThat(second.page())
                .extracting(r -> r.hospital().slug(), RankedMetric::rank)
                .containsExactly(tuple(GAMMA, 3), tuple(DELTA, 4));
        assertThat(second.peerCount()).isEqualTo(4);
        assertThat(second.median()).isEqualByComparingTo("900");

        MetricRanking beyond = reads.rankedPage(oneYear(BEDS, 2021, PROVINCE, true, 2, 2));
        assertThat(beyond.page()).isEmpty();
        assertThat(beyond.peerCount())
                .as("an empty page knows nothing of the group")
                .isZero();
        assertThat(beyond.median()).isNull();

        MetricRanking group = reads.peerGroup(oneYear(BEDS, 2021, PROVINCE, true, 2, 2));
        assertThat(group.page()).isEmpty();
        assertThat(group.peerCount()).isEqualTo(4);
        assertThat(group.median()).isEqualByComparingTo("900");
    }

    @Test
    void thePeerGroupNarrowsByLevelAndCategoryAndItsProvinceIsAPrefixMatchedLiterally() {
        MetricRanking general = reads.rankedPage(
                oneYear(BEDS, 2021, new PeerFilter(CompareFixture.PROVINCE, "三级甲等", "综合"), true, 0, 10));
        assertThat(general.page())
                .extracting(r -> r.hospital().slug(), RankedMetric::rank)
                .containsExactly(tuple(ALPHA, 1), tuple(BETA, 1));
        assertThat(general.peerCount()).isEqualTo(2);
        assertThat(general.median()).isEqualByComparingTo("1000");

        assertThat(reads.rankedPage(oneYear(BEDS, 2021, new PeerFilter("对比", "二级甲等", null), true, 0, 10))
                        .page())
                .extracting(r -> r.hospital().slug())
                .containsExactly(DELTA);
        assertThat(reads.peerGroup(oneYear(BEDS, 2021, new PeerFilter("对_省", null, null), true, 0, 10))
                        .peerCount())
                .isZero();
        assertThat(reads.peerGroup(oneYear(BEDS, 2021, new PeerFilter("%", null, null), true, 0, 10))
                        .peerCount())
                .isZero();
    }

    @Test
    void aYearRanksThatYearOnlyAndALoneHospitalIsInTheHundredthPercentile() {
        MetricRanking ranking = reads.rankedPage(oneYear(BEDS, 2022, PROVINCE, true, 0, 10));

        assertThat(ranking.page())
                .extracting(
                        r -> r.hospital().slug(),
                        RankedMetric::rank,
                        r -> r.percentile().toPlainString(),
                        r -> r.value().value().toPlainString())
                .containsExactly(tuple(ALPHA, 1, "100", "1100"));
        assertThat(ranking.peerCount()).isEqualTo(1);
        assertThat(ranking.median()).isEqualByComparingTo("1100");
    }

    @Test
    void eachHospitalsLatestYearIsRankedAndTargetYearsAreNotLatest() {
        RankingQuery latest = eachLatest(BEDS, PROVINCE, new BigDecimal("0.5"));
        assertThat(RankingReadsImpl.path(latest)).isEqualTo(RankingReadsImpl.Path.FACTS);

        MetricRanking ranking = reads.rankedPage(latest);

        assertThat(ranking.page())
                .extracting(
                        r -> r.hospital().slug(),
                        RankedMetric::rank,
                        r -> r.value().year(),
                        r -> r.value().value().toPlainString())
                .containsExactly(
                        tuple(ALPHA, 1, 2022, "1100"),
                        tuple(BETA, 2, 2021, "1000"),
                        tuple(GAMMA, 3, 2021, "800"),
                        tuple(DELTA, 4, 2021, "500"));
        assertThat(ranking.peerCount()).isEqualTo(4);
        assertThat(ranking.median()).isEqualByComparingTo("900");
    }

    @Test
    void aLowestConfidenceAboveEveryFiguresLeavesAnEmptyGroup() {
        RankingQuery query = eachLatest(BEDS, PROVINCE, new BigDecimal("0.95"));

        assertThat(reads.rankedPage(query).page()).isEmpty();
        MetricRanking group = reads.peerGroup(query);
        assertThat(group.peerCount()).isZero();
        assertThat(group.median()).isNull();
    }

    @Test
    void aDerivedRatioRanksTheHospitalsWithBothInputsAndCitesBoth() {
        MetricRanking ranking = reads.rankedPage(oneYear(REVENUE_PER_BED, 2021, PROVINCE, true, 0, 10));

        assertThat(ranking.page())
                .extracting(r -> r.hospital().slug(), RankedMetric::rank)
                .containsExactly(tuple(ALPHA, 1), tuple(BETA, 2));
        assertThat(ranking.page().get(0).value().value()).isEqualByComparingTo("500000");
        assertThat(ranking.page().get(1).value().value()).isEqualByComparingTo("400000");
        assertThat(ranking.page().get(0).value().evidence())
                .extracting(ValueEvidence::indicator, ValueEvidence::quote)
                .containsExactly(tuple("revenue", "业务收入5亿元"), tuple("beds_open", "对比市第一人民医院2021年实际开放床位1000张"));
        assertThat(ranking.peerCount()).isEqualTo(2);
        assertThat(ranking.median()).isEqualByComparingTo("450000");
    }

    private static RankingQuery oneYear(
            IndicatorInfo indicator, int year, PeerFilter peers, boolean descending, int page, int size) {
        return new RankingQuery(
                MetricValues.Scope.levels(List.of(indicator), year, null), peers, false, descending, page, size);
    }

    private static RankingQuery eachLatest(IndicatorInfo indicator, PeerFilter peers, BigDecimal minConfidence) {
        return new RankingQuery(
                MetricValues.Scope.levels(List.of(indicator), null, null).atLeast(minConfidence),
                peers,
                true,
                true,
                0,
                10);
    }
}
