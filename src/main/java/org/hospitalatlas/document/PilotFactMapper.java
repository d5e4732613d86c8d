package org.hospitalatlas.document;

import java.util.ArrayList;
import java.util.List;
import org.hospitalatlas.extraction.ConsortiumFact;
import org.hospitalatlas.extraction.Designation;
import org.hospitalatlas.extraction.PilotFact;
import org.hospitalatlas.hospital.HospitalRef;
import org.hospitalatlas.reform.NewReformPilot;

/** The reform pilots of a document that can be compared: placed in a hospital, classified, in a plausible year. */
final class PilotFactMapper {

    private PilotFactMapper() {}

    static List<NewReformPilot> pilots(long documentId, List<PilotFact> facts, ResolvedHospitals hospitals) {
        List<NewReformPilot> pilots = new ArrayList<>();
        for (PilotFact pilot : facts) {
            HospitalRef hospital = hospitals.named(pilot.hospital());
            if (hospital == null
                    || pilot.evidence() == null
                    || pilot.level() == null // an unclassified designation is not comparable; keep the rest
                    || pilot.category() == null
                    || (pilot.year() != null && !FactStorage.plausibleYear(pilot.year()))) {
                continue;
            }
            pilots.add(new NewReformPilot(
                    hospital.id(),
                    pilot.name(),
                    pilot.level(),
                    pilot.category(),
                    pilot.year(),
                    documentId,
                    pilot.evidence().start(),
                    pilot.evidence().end(),
                    pilot.evidence().quote(),
                    FactStorage.confidence(pilot.confidence()),
                    designationOf(pilot.designation())));
        }
        return pilots;
    }

    /** The designation's metadata as stored: its date as its first day and precision, like a consortium's. */
    static NewReformPilot.Designation designationOf(Designation d) {
        ConsortiumFact.Established date = d.date();
        return new NewReformPilot.Designation(
                d.body(),
                d.documentNumber(),
                d.batch(),
                d.batchNumber(),
                date == null ? null : FactStorage.firstDay(date),
                date == null ? null : date.precision());
    }
}
