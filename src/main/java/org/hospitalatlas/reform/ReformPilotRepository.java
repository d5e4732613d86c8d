package org.hospitalatlas.reform;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Reform pilots: the aggregate's writes and lookups as query methods, the reads for dashboards and profiles in the
 * {@link ReformPilotReads} fragment, one document's pilots for its details and withdrawal in {@link
 * ReformPilotsByDocument}.
 */
interface ReformPilotRepository extends JpaRepository<ReformPilot, Long>, ReformPilotReads, ReformPilotsByDocument {

    /** Whether the document already names the hospital to the designation ({@code uq_reform_pilot_fact}). */
    boolean existsByHospitalIdAndDesignationAndEvidenceDocumentId(long hospitalId, String designation, long documentId);
}
