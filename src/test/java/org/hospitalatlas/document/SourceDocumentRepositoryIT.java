package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document repository's hand-written SQL ({@link SourceDocumentReads}, {@link SourceDocumentWrites}) on the real
 * database, each test in a transaction rolled back at its end; the counts of a document's facts, which their modules
 * read, through {@link DocumentQueries}.
 */
@IntegrationTest
@Transactional
class SourceDocumentRepositoryIT {

    private static final String SHA = "ab".repeat(32);

    @Autowired
    SourceDocumentRepository documents;

    @Autowired
    DocumentQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedImportIsListedWithItsReasonUntilItsSlugIsStored() {
        long before = documents.countListed(null);

        documents.recordFailure("zz-fragment-failed", SHA, "not UTF-8 text");
        documents.recordFailure("zz-fragment-failed", SHA, "unreadable: gone");

        assertThat(documents.countListed(null)).isEqualTo(before + 1);
        ListedDocument failed =
                documents.listedWithHospitals("zz-fragment-failed").orElseThrow();
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.failure()).isEqualTo("unreadable: gone");
        assertThat(failed.id()).isNull();
        assertThat(failed.hospitalMentions()).isZero();
        assertThat(queries.summary("zz-fragment-failed").counts()).isEqualTo(new DocumentSummary.Counts(0, 0, 0, 0));

        documents.clearFailure("zz-fragment-failed");
        assertThat(documents.listedWithHospitals("zz-fragment-failed")).isEmpty();
        assertThat(documents.countListed(null)).isEqualTo(before);
    }

    @Test
    void theListingIsPagedAndSinceATimeHoldsOnlyWhatChangedAfterIt() {
        List<ListedDocument> all = documents.listed(null, 1000, 0);
        assertThat(all).hasSize((int) documents.countListed(null));
        assertThat(all).allSatisfy(d -> assertThat(d.hospitals()).isNull());
        assertThat(documents.listed(null, 2, 1))
                .extracting(ListedDocument::slug)
                .containsExactly(all.get(1).slug(), all.get(2).slug());

        OffsetDateTime latest = all.stream()
                .map(ListedDocument::importedAt)
                .max(OffsetDateTime::compareTo)
                .orElseThrow();
        assertThat(documents.countListed(latest)).isZero();
        assertThat(documents.listed(latest.minusNanos(1000), 1000, 0))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.importedAt()).isAfter(latest.minusNanos(1000)));
    }

    @Test
    void aHospitalMentionedTwiceIsMainIfEitherMentionIsAndKeepsItsFirstQuote() {
        String text = "郴州市第一人民医院。郴州市第一人民医院开放床位1000张。";
        long document = documents
                .saveAndFlush(new SourceDocument(
                        "zz-fragment-mentions",
                        new NewDocument(null, "t", null, null, null, text),
                        DocumentImporter.sha256(text),
                        null))
                .id();
        long hospital =
                jdbc.sql("select min(id) from hospital").query(Long.class).single();

        documents.mentionHospital(document, hospital, false, 0, 9, text.substring(0, 9));
        documents.mentionHospital(document, hospital, true, 10, 19, text.substring(10, 19));

        List<DocumentSummary.HospitalMention> mentions = documents
                .listedWithHospitals("zz-fragment-mentions")
                .orElseThrow()
                .hospitals();
        assertThat(mentions).singleElement().satisfies(m -> assertThat(m.main()).isTrue());
        assertThat(jdbc.sql("select char_start from document_hospital where document_id = :d")
                        .param("d", document)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(documents.mentionsOf(hospital))
                .filteredOn(m -> m.slug().equals("zz-fragment-mentions"))
                .singleElement()
                .satisfies(m -> assertThat(m.main()).isTrue());
    }

    @Test
    void aWithdrawnTextCountsAsWithdrawnUntilItIsStoredAgain() {
        String text = "2023年，某县人民医院出院人次1万。";
        String sha256 = DocumentImporter.sha256(text);
        assertThat(documents.withdrawnAndNotStored(sha256)).isFalse();

        jdbc.sql("""
                        insert into document_withdrawal (slug, sha256, imported_at, withdrawn_by, indicator_values,
                                                         reform_pilots, consortia, consortia_kept, consortium_members,
                                                         hospital_mentions, hospitals)
                        values ('zz-fragment-withdrawn', :sha256, now(), 'test', 0, 0, 0, 0, 0, 0, 0)
                        """).param("sha256", sha256).update();
        assertThat(documents.withdrawnAndNotStored(sha256)).isTrue();

        documents.saveAndFlush(new SourceDocument(
                "zz-fragment-withdrawn", new NewDocument(null, null, null, null, null, text), sha256, null));
        assertThat(documents.withdrawnAndNotStored(sha256)).isFalse();
    }
}
