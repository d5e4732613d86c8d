package org.hospitalatlas.consortium;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's consortia and memberships: written by its import (a consortium named again by another document gains
 * members), counted and listed for its details, and removed with its withdrawal, each in the document module's
 * transaction.
 */
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

    /** What a document's withdrawal did to consortia and memberships. */
    public record Withdrawn(int consortiaKept, int members, int consortia) {}

    /** The hospitals the document's memberships name: some may be left unreferenced by its withdrawal. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> hospitalsOfDocument(long documentId) {
        return consortia.hospitalsOfDocument(documentId);
    }

    /** How many consortia each of the documents named first; a document naming none is left out. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> countByDocument(Collection<Long> documentIds) {
        return consortia.countByDocument(documentIds);
    }

    /** The consortia the document named first, at {@code minConfidence} or above, in text order; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<DocumentConsortium> consortiaOfDocument(long documentId, BigDecimal minConfidence, int limit) {
        return consortia.consortiaOfDocument(documentId, minConfidence, limit);
    }

    /**
     * Withdraws the document's consortia and memberships: a consortium it named first and another document names too
     * stays, on that document's evidence; its memberships go, and so do the consortia it named first with the
     * memberships other documents named in them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Withdrawn withdrawDocument(long documentId) {
        int kept = consortia.keepConsortiaNamedElsewhere(documentId);
        int members = consortia.deleteMembersNamedBy(documentId);
        members += consortia.deleteMembersOfConsortiaOf(documentId);
        int deleted = consortia.deleteConsortiaOf(documentId);
        return new Withdrawn(kept, members, deleted);
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
