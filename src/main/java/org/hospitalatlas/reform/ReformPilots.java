package org.hospitalatlas.reform;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes reform pilots read from documents. */
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
}
