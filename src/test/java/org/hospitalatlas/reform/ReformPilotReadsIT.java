package org.hospitalatlas.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reform module's read for other modules (the hospital profile), on the real database and a small fixture. */
@IntegrationTest
class ReformPilotReadsIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReformPilotQueries pilots;

    @BeforeEach
    void fixture() {
        CompareFixture.ensure(jdbc);
    }

    @Test
    void aHospitalsPilotsCarryTheirEvidence() {
        List<PilotEntry> entries =
                pilots.pilotsOf(CompareFixture.hospitalId(jdbc, CompareFixture.ALPHA), BigDecimal.ZERO);
        assertThat(entries).singleElement().satisfies(pilot -> {
            assertThat(pilot.designation()).isEqualTo("国家DRG付费试点医院");
            assertThat(pilot.level()).isEqualTo("national");
            assertThat(pilot.category()).isEqualTo("drg_dip_payment");
            assertThat(pilot.year()).isEqualTo(2019);
            assertThat(pilot.evidence().document()).isEqualTo(CompareFixture.DOCUMENT);
            assertThat(CompareFixture.TEXT.substring(
                            pilot.evidence().start(), pilot.evidence().end()))
                    .isEqualTo(pilot.evidence().quote());
            assertThat(pilot.evidence().confidence()).isEqualByComparingTo("0.9");
        });
    }

    @Test
    void pilotsLessConfidentThanAskedAreLeftOut() {
        assertThat(pilots.pilotsOf(CompareFixture.hospitalId(jdbc, CompareFixture.ALPHA), new BigDecimal("0.95")))
                .isEmpty();
        assertThat(pilots.pilotsOf(CompareFixture.hospitalId(jdbc, CompareFixture.EMPTY), BigDecimal.ZERO))
                .isEmpty();
    }
}
