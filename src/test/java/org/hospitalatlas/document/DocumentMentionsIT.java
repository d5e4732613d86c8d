package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The document module's read for other modules (the hospital profile), on the real database and a small fixture. */
@IntegrationTest
class DocumentMentionsIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentQueries documents;

    @BeforeEach
    void fixture() {
        CompareFixture.ensure(jdbc);
    }

    @Test
    void theDocumentsNamingAHospitalSayWhetherItIsTheirSubject() {
        assertThat(documents.mentionsOf(CompareFixture.hospitalId(jdbc, CompareFixture.ALPHA)))
                .containsExactly(
                        new DocumentMention(CompareFixture.DOCUMENT, "对比省医院工作简报（测试）", LocalDate.of(2022, 3, 1), true));
        assertThat(documents.mentionsOf(CompareFixture.hospitalId(jdbc, CompareFixture.BETA)))
                .extracting(DocumentMention::main)
                .containsExactly(false);
        assertThat(documents.mentionsOf(CompareFixture.hospitalId(jdbc, CompareFixture.EMPTY)))
                .isEmpty();
    }
}
