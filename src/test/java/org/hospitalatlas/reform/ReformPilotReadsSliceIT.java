package org.hospitalatlas.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.hospitalatlas.shared.ResultPage;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.RepositorySlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pilot repository's hand-written reads ({@link ReformPilotReadsImpl}) in a slice of their own: the fragment and a
 * {@code JdbcClient} on the real PostgreSQL, with {@link CompareFixture}'s three pilots of 对比省 written in the
 * test's transaction and rolled back after it.
 */
@RepositorySlice
@Import(ReformPilotReadsImpl.class)
class ReformPilotReadsSliceIT {

    private static final BigDecimal ANY = BigDecimal.ZERO;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReformPilotReads reads;

    @BeforeEach
    void fixture() {
        CompareFixture.ensure(jdbc);
    }

    @Test
    void aProvincesPilotsAreListedByLevelWithHospitalAndEvidence() {
        ResultPage<PilotRow> page = reads.list(filter(null, null, null, "对比", ANY), PilotSort.LEVEL, 0, 10);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items())
                .extracting(p -> p.hospital().slug(), PilotRow::designation, PilotRow::level, PilotRow::year)
                .containsExactly(
                        tuple(CompareFixture.ALPHA, "国家DRG付费试点医院", "national", 2019),
                        tuple(CompareFixture.BETA, "省级DRG付费试点医院", "provincial", 2019),
                        tuple(CompareFixture.GAMMA, "省级薪酬制度改革试点医院", "provincial", 2020));
        PilotRow first = page.items().get(0);
        assertThat(first.hospital().province()).isEqualTo(CompareFixture.PROVINCE);
        assertThat(first.evidence().document()).isEqualTo(CompareFixture.DOCUMENT);
        assertThat(CompareFixture.TEXT.substring(
                        first.evidence().start(), first.evidence().end()))
                .isEqualTo(first.evidence().quote());
    }

    @Test
    void theListFiltersByCategoryLevelYearAndConfidenceAndPages() {
        String province = CompareFixture.PROVINCE;
        assertThat(reads.list(filter("salary_reform", null, null, province, ANY), PilotSort.YEAR, 0, 10)
                        .items())
                .extracting(p -> p.hospital().slug())
                .containsExactly(CompareFixture.GAMMA);
        assertThat(reads.list(filter(null, "provincial", null, province, ANY), PilotSort.YEAR, 0, 10)
                        .total())
                .isEqualTo(2);
        assertThat(reads.list(filter(null, null, 2019, province, ANY), PilotSort.YEAR, 0, 10)
                        .total())
                .isEqualTo(2);

        ResultPage<PilotRow> last = reads.list(filter(null, null, null, province, ANY), PilotSort.LEVEL, 2, 1);
        assertThat(last.total()).isEqualTo(3);
        assertThat(last.items()).extracting(PilotRow::designation).containsExactly("省级薪酬制度改革试点医院");

        assertThat(reads.list(filter(null, null, null, province, new BigDecimal("0.95")), PilotSort.YEAR, 0, 10)
                        .total())
                .isZero();
        assertThat(reads.list(filter(null, null, null, "对_省", ANY), PilotSort.YEAR, 0, 10)
                        .total())
                .isZero();
    }

    @Test
    void byYearAndCategoryListsEveryPilotTheFilterKeepsOldestYearFirst() {
        assertThat(reads.byYearAndCategory(filter(null, null, null, CompareFixture.PROVINCE, ANY)))
                .extracting(PilotRow::year, PilotRow::category)
                .containsExactly(
                        tuple(2019, "drg_dip_payment"), tuple(2019, "drg_dip_payment"), tuple(2020, "salary_reform"));
    }

    @Test
    void aHospitalsPilotsAtTheConfidenceAsked() {
        long alpha = CompareFixture.hospitalId(jdbc, CompareFixture.ALPHA);

        assertThat(reads.pilotsOf(alpha, ANY))
                .extracting(
                        PilotEntry::designation,
                        PilotEntry::category,
                        e -> e.evidence().confidence())
                .containsExactly(tuple("国家DRG付费试点医院", "drg_dip_payment", new BigDecimal("0.9")));
        assertThat(reads.pilotsOf(alpha, new BigDecimal("0.95"))).isEmpty();
    }

    private static PilotFilter filter(
            String category, String level, Integer year, String province, BigDecimal minConfidence) {
        return new PilotFilter(category, level, year, province, minConfidence, null);
    }
}
