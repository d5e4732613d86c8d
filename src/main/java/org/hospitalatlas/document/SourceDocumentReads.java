package org.hospitalatlas.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written reads of {@link SourceDocumentRepository}: the document listing (stored documents and failed
 * imports in one list, each with how many hospitals it mentions; its facts are counted by their modules) and the
 * documents naming a hospital, straight from SQL into records ({@link SourceDocumentReadsImpl}).
 */
interface SourceDocumentReads {

    /** How many listed documents (stored or failed) changed after {@code since}; every one when it is null. */
    long countListed(OffsetDateTime since);

    /** One page of the listing by slug, without the hospitals each names. */
    List<ListedDocument> listed(OffsetDateTime since, int limit, long offset);

    /** The document {@code slug} as the listing has it (stored before failed), with the hospitals it names. */
    Optional<ListedDocument> listedWithHospitals(String slug);

    /** The documents naming the hospital, those mainly about it first, then the newest. */
    List<DocumentMention> mentionsOf(long hospitalId);

    /** Whether a text of this hash was withdrawn and is not stored again since. */
    boolean withdrawnAndNotStored(String sha256);
}
