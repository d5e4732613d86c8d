package org.hospitalatlas.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A row of the document listing as this module reads it ({@link SourceDocumentReads}): a stored document ({@code id}
 * set) or a failed import ({@code id} null), how many hospitals it mentions and, read for one document, which. Its
 * facts are counted by their own modules ({@link DocumentQueries}).
 */
record ListedDocument(
        Long id,
        String slug,
        String title,
        String publisher,
        LocalDate publishedOn,
        String originUrl,
        String sha256,
        OffsetDateTime importedAt,
        String status,
        String failure,
        int hospitalMentions,
        List<DocumentSummary.HospitalMention> hospitals) {

    /** The listing's answer, with the counts of the document's facts. */
    DocumentSummary summary(int indicators, int pilots, int consortia) {
        return new DocumentSummary(
                slug,
                title,
                publisher,
                publishedOn,
                originUrl,
                sha256,
                importedAt,
                status,
                failure,
                new DocumentSummary.Counts(hospitalMentions, indicators, pilots, consortia),
                hospitals);
    }
}
