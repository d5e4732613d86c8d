package org.hospitalatlas.reform;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's reform pilots: written by its import, counted and listed for its details, and deleted with its
 * withdrawal, each in the document module's transaction.
 */
@Service
public class ReformPilots {

    private final ReformPilotRepository pilots;

    ReformPilots(ReformPilotRepository pilots) {
        this.pilots = pilots;
    }

    /**
     * Stores one document's pilots, one per hospital and designation; a pilot the document already has is not stored
     * again. Returns how many were stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordAll(List<NewReformPilot> newPilots) {
        Set<List<Object>> seen = new HashSet<>();
        int stored = 0;
        for (NewReformPilot pilot : newPilots) {
            if (seen.add(List.of(pilot.hospitalId(), pilot.designation(), pilot.documentId()))
                    && !pilots.existsByHospitalIdAndDesignationAndEvidenceDocumentId(
                            pilot.hospitalId(), pilot.designation(), pilot.documentId())) {
                pilots.save(new ReformPilot(pilot));
                stored++;
            }
        }
        pilots.flush();
        return stored;
    }

    /** The hospitals the document's pilots name: some may be left unreferenced by its withdrawal. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> hospitalsOfDocument(long documentId) {
        return pilots.hospitalsOfDocument(documentId);
    }

    /** How many pilots each of the documents holds; a document holding none is left out. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> countByDocument(Collection<Long> documentIds) {
        return pilots.countByDocument(documentIds);
    }

    /** The document's pilots at {@code minConfidence} or above, in text order; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<DocumentPilot> pilotsOfDocument(long documentId, BigDecimal minConfidence, int limit) {
        return pilots.pilotsOfDocument(documentId, minConfidence, limit);
    }

    /** Deletes the document's pilots (its withdrawal); answers how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteOfDocument(long documentId) {
        return pilots.deleteOfDocument(documentId);
    }
}
