package org.hospitalatlas.document;

import java.util.ArrayList;
import java.util.List;
import org.hospitalatlas.consortium.NewConsortium;
import org.hospitalatlas.extraction.ConsortiumFact;
import org.hospitalatlas.hospital.HospitalRef;

/**
 * The consortia of a document with a name, a type and evidence, and their members with a role; a member the
 * document's hospitals do not include is resolved (or created) by its name.
 */
final class ConsortiumFactMapper {

    private ConsortiumFactMapper() {}

    static List<NewConsortium> consortia(long documentId, List<ConsortiumFact> facts, ResolvedHospitals hospitals) {
        List<NewConsortium> consortia = new ArrayList<>();
        for (ConsortiumFact consortium : facts) {
            if (consortium.evidence() == null || consortium.type() == null || consortium.name() == null) {
                continue;
            }
            List<NewConsortium.Member> members = new ArrayList<>();
            for (ConsortiumFact.Member member : consortium.members()) {
                if (member.hospital() == null || member.role() == null) {
                    continue;
                }
                HospitalRef hospital = hospitals.namedOrResolved(member.hospital());
                members.add(new NewConsortium.Member(hospital.id(), member.role()));
            }
            ConsortiumFact.Established established = consortium.established();
            consortia.add(new NewConsortium(
                    consortium.name(),
                    consortium.type(),
                    established == null ? null : FactStorage.firstDay(established),
                    established == null ? null : established.precision(),
                    members,
                    documentId,
                    consortium.evidence().start(),
                    consortium.evidence().end(),
                    consortium.evidence().quote(),
                    FactStorage.confidence(consortium.confidence())));
        }
        return consortia;
    }
}
