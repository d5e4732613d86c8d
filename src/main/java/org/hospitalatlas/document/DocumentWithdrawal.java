package org.hospitalatlas.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hospitalatlas.consortium.Consortia;
import org.hospitalatlas.hospital.HospitalService;
import org.hospitalatlas.indicator.IndicatorValues;
import org.hospitalatlas.reform.ReformPilots;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws a document in one transaction: its facts, its mentions of hospitals, the document, and the hospitals that
 * came with it and that nothing else mentions any more; a record of who withdrew it and what went stays in
 * {@code document_withdrawal}. Facts are deleted before the document (not left to the cascade) so that the change
 * log still names their document and hospital. Each table's statements are its module's ({@link Consortia}, {@link
 * IndicatorValues}, {@link ReformPilots}, {@link HospitalService}), run in this transaction after the fact-table lock
 * and in this order.
 */
@Service
class DocumentWithdrawal {

    private final SourceDocumentRepository documents;
    private final HospitalService hospitals;
    private final IndicatorValues values;
    private final ReformPilots pilots;
    private final Consortia consortia;

    DocumentWithdrawal(
            SourceDocumentRepository documents,
            HospitalService hospitals,
            IndicatorValues values,
            ReformPilots pilots,
            Consortia consortia) {
        this.documents = documents;
        this.hospitals = hospitals;
        this.values = values;
        this.pilots = pilots;
        this.consortia = consortia;
    }

    /** Withdraws the document {@code slug} on behalf of the key named {@code by}; not found when there is none. */
    @Transactional
    public WithdrawnDocument withdraw(String slug, String by) {
        documents.lockFactTables(); // first, before any read: see FactTables
        SourceDocumentWrites.Withdrawing target =
                documents.lockForWithdrawal(slug).orElseThrow(() -> new NotFoundException("document", slug));
        if (target.dataset()) {
            throw new InvalidInputException(
                    "slug",
                    "'" + slug + "' stands for a bulk-import dataset, not a text; correct a dataset by importing a"
                            + " corrected file");
        }
        long id = target.id();
        List<Long> named = hospitalsNamedBy(id);
        Consortia.Withdrawn consortiaGone = consortia.withdrawDocument(id);
        int valuesGone = values.deleteOfDocument(id);
        int pilotsGone = pilots.deleteOfDocument(id);
        int mentions = documents.deleteMentionsOf(id);
        documents.deleteDocument(id);
        int hospitalsGone = hospitals.deleteUnreferenced(named);
        return documents.recordWithdrawal(
                target,
                by,
                new WithdrawnDocument.Removed(
                        valuesGone,
                        pilotsGone,
                        consortiaGone.consortia(),
                        consortiaGone.members(),
                        mentions,
                        hospitalsGone),
                consortiaGone.consortiaKept());
    }

    /** Every hospital the document names in a mention or a fact. */
    private List<Long> hospitalsNamedBy(long id) {
        Set<Long> named = new LinkedHashSet<>(documents.hospitalsMentionedBy(id));
        named.addAll(values.hospitalsOfDocument(id));
        named.addAll(pilots.hospitalsOfDocument(id));
        named.addAll(consortia.hospitalsOfDocument(id));
        return List.copyOf(named);
    }
}
