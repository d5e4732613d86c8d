package org.hospitalatlas.document;

import java.util.List;
import org.hospitalatlas.extraction.HospitalFact;
import org.hospitalatlas.hospital.HospitalDescription;
import org.hospitalatlas.hospital.HospitalRef;
import org.hospitalatlas.hospital.HospitalService;

/**
 * The hospitals of a document: each resolved in the register (or added to it) from what the text says of it, and
 * the document's mention of it — with its quote, main when the text is about it — recorded.
 */
final class HospitalFactMapper {

    private final HospitalService hospitals;
    private final SourceDocumentRepository documents;

    HospitalFactMapper(HospitalService hospitals, SourceDocumentRepository documents) {
        this.hospitals = hospitals;
        this.documents = documents;
    }

    ResolvedHospitals record(long documentId, List<HospitalFact> facts) {
        ResolvedHospitals resolved = new ResolvedHospitals(hospitals);
        for (HospitalFact hospital : facts) {
            HospitalRef ref = hospitals.resolveOrCreate(new HospitalDescription(
                    hospital.name(),
                    hospital.aliases(),
                    hospital.province(),
                    hospital.city(),
                    hospital.district(),
                    hospital.level(),
                    hospital.category(),
                    hospital.foundedYear(),
                    false));
            resolved.add(hospital.name(), hospital.aliases(), ref);
            if (hospital.evidence() != null) {
                documents.mentionHospital(
                        documentId,
                        ref.id(),
                        hospital.main(),
                        hospital.evidence().start(),
                        hospital.evidence().end(),
                        hospital.evidence().quote());
            }
        }
        return resolved;
    }
}
