package org.hospitalatlas.consortium;

import java.util.List;
import org.hospitalatlas.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes consortia read from documents; a consortium named again by another document gains members. */
@Service
public class Consortia {

    private final ConsortiumRepository consortia;

    Consortia(ConsortiumRepository consortia) {
        this.consortia = consortia;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int recordAll(List<NewConsortium> newConsortia) {
        int stored = 0;
        for (NewConsortium candidate : newConsortia) {
            Consortium consortium = consortia.findByName(candidate.name()).orElse(null);
            if (consortium == null) {
                consortium = consortia.save(new Consortium(uniqueSlug(candidate.name()), candidate));
                stored++;
            } else {
                consortium.completeEstablished(candidate.establishedOn(), candidate.establishedPrecision());
            }
            for (NewConsortium.Member member : candidate.members()) {
                consortium.addMember(member.hospitalId(), member.role(), candidate);
            }
            consortia.flush();
        }
        return stored;
    }

    private String uniqueSlug(String name) {
        String base = Slugs.of(name);
        String slug = base;
        for (int n = 2; consortia.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
