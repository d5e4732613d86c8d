package org.hospitalatlas.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The consortium module's read for other modules (the hospital profile), on the real database and a small fixture. */
@IntegrationTest
class ConsortiumReadsIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsortiumQueries consortia;

    @BeforeEach
    void fixture() {
        CompareFixture.ensure(jdbc);
    }

    @Test
    void aHospitalsMembershipsNameTheConsortiumTheRoleAndTheQuote() {
        assertThat(consortia.membershipsOf(CompareFixture.hospitalId(jdbc, CompareFixture.DELTA), BigDecimal.ZERO))
                .extracting(
                        MembershipEntry::slug,
                        MembershipEntry::type,
                        MembershipEntry::role,
                        m -> m.evidence().quote())
                .containsExactlyInAnyOrder(
                        tuple(CompareFixture.COMMUNITY, "county_medical_community", "lead", "对比县人民医院牵头"),
                        tuple(CompareFixture.GROUP, "city_medical_group", "member", "对比市第二人民医院、对比县人民医院加入"));
    }

    @Test
    void membershipsLessConfidentThanAskedAreLeftOut() {
        assertThat(consortia.membershipsOf(
                        CompareFixture.hospitalId(jdbc, CompareFixture.DELTA), new BigDecimal("0.95")))
                .isEmpty();
        assertThat(consortia.membershipsOf(CompareFixture.hospitalId(jdbc, CompareFixture.EMPTY), BigDecimal.ZERO))
                .isEmpty();
    }
}
