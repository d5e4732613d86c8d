package org.hospitalatlas.fhir;

import jakarta.persistence.QueryHint;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/**
 * The export's reads, read-only: a plain {@link Repository} (the export writes nothing) over the documents it cites,
 * with the organizations and facts in the {@link FhirReads} fragment. The export reads every feature's rows, so no
 * single feature's repository is the right home for them; its one entity is the document as cited, the resource it
 * serves as {@code DocumentReference}.
 */
interface FhirRepository extends Repository<CitedDocument, Long>, FhirReads {

    /**
     * Every document, oldest first, fetched a thousand at a time; the stream must be consumed and closed inside the
     * caller's transaction.
     */
    @Query("select d from CitedDocument d order by d.id")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
    Stream<CitedDocument> streamAll();
}
