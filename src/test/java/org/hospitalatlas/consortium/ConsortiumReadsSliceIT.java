package org.hospitalatlas.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.shared.ResultPage;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.RepositorySlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consortium repository's hand-written reads ({@link ConsortiumReadsImpl}) in a slice of their own: the fragment
 * and a {@code JdbcClient} on the real PostgreSQL, with {@link CompareFixture}'s two consortia of 对比省 written in
 * the test's transaction and rolled back after it.
 */
@RepositorySlice
@Import(ConsortiumReadsImpl.class)
class ConsortiumReadsSliceIT {

    private static final BigDecimal ANY = BigDecimal.ZERO;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsortiumReads reads;

    @BeforeEach
    void fixture() {
        CompareFixture.ensure(jdbc);
    }

    @Test
    void aProvincesConsortiaAreListedWithTheirLeadAndMemberCount() {
        ResultPage<ConsortiumSummary> page = reads.list(filter(null, "对比", ANY), ConsortiumSort.MEMBERS, 0, 10);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items())
                .extracting(
                        ConsortiumSummary::slug,
                        ConsortiumSummary::type,
                        c -> c.lead().slug(),
                        ConsortiumSummary::memberCount,
                        c -> c.evidence().quote())
                .containsExactly(
                        tuple(CompareFixture.GROUP, "city_medical_group", CompareFixture.ALPHA, 3, "2021年6月，对比市医疗集团成立"),
                        tuple(
                                CompareFixture.COMMUNITY,
                                "county_medical_community",
                                CompareFixture.DELTA,
                                2,
                                "2020年，对比县医共体成立"));
    }

    @Test
    void theListFiltersByTypeAndConfidenceAndPages() {
        assertThat(reads.list(
                                filter("county_medical_community", CompareFixture.PROVINCE, ANY),
                                ConsortiumSort.NAME,
                                0,
                                10)
                        .items())
                .extracting(ConsortiumSummary::slug)
                .containsExactly(CompareFixture.COMMUNITY);

        ResultPage<ConsortiumSummary> second =
                reads.list(filter(null, CompareFixture.PROVINCE, ANY), ConsortiumSort.MEMBERS, 1, 1);
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.items()).extracting(ConsortiumSummary::slug).containsExactly(CompareFixture.COMMUNITY);

        assertThat(reads.list(filter(null, CompareFixture.PROVINCE, new BigDecimal("0.95")), ConsortiumSort.NAME, 0, 10)
                        .total())
                .isZero();
    }

    @Test
    void aProvinceIsAPrefixWhoseWildcardsMatchOnlyThemselves() {
        assertThat(reads.list(filter(null, "%", ANY), ConsortiumSort.NAME, 0, 10)
                        .total())
                .isZero();
        assertThat(reads.list(filter(null, "对_省", ANY), ConsortiumSort.NAME, 0, 10)
                        .total())
                .isZero();
    }

    @Test
    void membersComeLeadFirstAndByRoleCounts() {
        long group = consortiumId(CompareFixture.GROUP);

        List<ConsortiumDetails.Member> members = reads.members(group, ANY);
        assertThat(members)
                .extracting(m -> m.hospital().slug(), ConsortiumDetails.Member::role)
                .containsExactlyInAnyOrder(
                        tuple(CompareFixture.ALPHA, "lead"),
                        tuple(CompareFixture.BETA, "member"),
                        tuple(CompareFixture.DELTA, "member"));
        assertThat(members.get(0).role()).isEqualTo("lead");
        assertThat(reads.members(group, new BigDecimal("0.95"))).isEmpty();

        assertThat(reads.membersByRole(List.of(CompareFixture.GROUP, CompareFixture.COMMUNITY, "cmp-no-such"), ANY))
                .isEqualTo(Map.of(
                        CompareFixture.GROUP, Map.of("lead", 1, "member", 2),
                        CompareFixture.COMMUNITY, Map.of("lead", 1, "member", 1)));
    }

    @Test
    void listedConsortiaCarryTheirOwnAndTheirLeadsIds() {
        assertThat(reads.listed(List.of(CompareFixture.COMMUNITY, "cmp-no-such"), ANY))
                .singleElement()
                .satisfies(listed -> {
                    assertThat(listed.id()).isEqualTo(consortiumId(CompareFixture.COMMUNITY));
                    assertThat(listed.leadId()).isEqualTo(CompareFixture.hospitalId(jdbc, CompareFixture.DELTA));
                    assertThat(listed.summary().memberCount()).isEqualTo(2);
                });
    }

    @Test
    void aHospitalsMembershipsNameEachConsortiumAndRole() {
        assertThat(reads.membershipsOf(CompareFixture.hospitalId(jdbc, CompareFixture.DELTA), ANY))
                .extracting(MembershipEntry::slug, MembershipEntry::role)
                .containsExactlyInAnyOrder(
                        tuple(CompareFixture.COMMUNITY, "lead"), tuple(CompareFixture.GROUP, "member"));
        assertThat(reads.membershipsOf(CompareFixture.hospitalId(jdbc, CompareFixture.EMPTY), ANY))
                .isEmpty();
    }

    private static ConsortiumFilter filter(String type, String province, BigDecimal minConfidence) {
        return new ConsortiumFilter(type, province, minConfidence, null);
    }

    private long consortiumId(String slug) {
        return jdbc.sql("select id from consortium where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }
}
