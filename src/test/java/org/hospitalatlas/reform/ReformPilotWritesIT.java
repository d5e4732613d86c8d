package org.hospitalatlas.reform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The document import's pilot writes through the reform repository, on the real database; rolled back. */
@IntegrationTest
@Transactional
class ReformPilotWritesIT {

    private static final String DESIGNATION = "对比省现代医院管理制度试点医院";
    private static final NewReformPilot.Designation MADE =
            new NewReformPilot.Designation("对比省卫生健康委员会", "对卫发〔2020〕12号", "第二批", 2, LocalDate.of(2020, 12, 1), "month");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entities;

    @Autowired
    ReformPilots pilots;

    @Autowired
    ReformPilotRepository repository;

    private NewReformPilot pilot;

    @BeforeEach
    void fixture() {
        CompareFixture.ensure(jdbc);
        String quote = "2020年对比市中医院被列为省级薪酬制度改革试点医院";
        int start = CompareFixture.start(quote);
        pilot = new NewReformPilot(
                id("select id from hospital where slug = :slug", CompareFixture.EMPTY),
                DESIGNATION,
                "provincial",
                "modern_hospital_management",
                2020,
                id("select id from source_document where slug = :slug", CompareFixture.DOCUMENT),
                start,
                start + quote.length(),
                quote,
                new BigDecimal("0.8"),
                MADE);
    }

    @Test
    void aPilotTheDocumentAlreadyHasIsNotStoredAgain() {
        assertThat(pilots.recordAll(List.of(pilot, pilot))).isEqualTo(1);
        assertThat(pilots.recordAll(List.of(pilot))).isZero();
        assertThat(jdbc.sql("select count(*) from reform_pilot where designation = :designation")
                        .param("designation", DESIGNATION)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aStoredPilotReadsBackWithHowItWasDesignated() {
        pilots.recordAll(List.of(pilot));
        entities.clear(); // read the row back, not the instance just saved
        ReformPilot stored = repository.findAll().stream()
                .filter(p -> p.designation().equals(DESIGNATION))
                .findFirst()
                .orElseThrow();
        assertThat(stored.hospitalId()).isEqualTo(pilot.hospitalId());
        assertThat(stored.level()).isEqualTo("provincial");
        assertThat(stored.category()).isEqualTo("modern_hospital_management");
        assertThat(stored.year()).isEqualTo(2020);
        assertThat(stored.confidence()).isEqualByComparingTo("0.8");
        assertThat(stored.made()).isEqualTo(MADE);
        assertThat(stored.reviewState()).isEqualTo("extracted");
    }

    private long id(String sql, String slug) {
        return jdbc.sql(sql).param("slug", slug).query(Long.class).single();
    }
}
