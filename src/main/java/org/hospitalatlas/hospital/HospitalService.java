package org.hospitalatlas.hospital;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hospitalatlas.shared.CloseMatches;
import org.hospitalatlas.shared.Like;
import org.hospitalatlas.shared.NotFoundException;
import org.hospitalatlas.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The hospital module's facade: lookups for clients, and find-or-create for the document loader. */
@Service
public class HospitalService {

    private final HospitalRepository hospitals;

    HospitalService(HospitalRepository hospitals) {
        this.hospitals = hospitals;
    }

    @Transactional(readOnly = true)
    HospitalPage search(HospitalSearch search) {
        return hospitals.search(search);
    }

    @Transactional(readOnly = true)
    public HospitalDetails get(String slug) {
        return hospitals
                .findBySlug(slug)
                .map(Hospital::details)
                .orElseThrow(() -> new NotFoundException("hospital", slug, suggestions(slug)));
    }

    /** The hospital's reference by slug, or a not-found naming it with close matches. */
    @Transactional(readOnly = true)
    public HospitalRef require(String slug) {
        return hospitals
                .findRefBySlug(slug)
                .orElseThrow(() -> new NotFoundException("hospital", slug, suggestions(slug)));
    }

    /**
     * Finds the hospital by official name or alias, or creates it, then records any new aliases and
     * fills attributes still unknown. Runs in the caller's transaction (a document import).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public HospitalRef resolveOrCreate(HospitalDescription description) {
        String name = description.name().strip();
        Hospital hospital = hospitals
                .findByNameZh(name)
                .or(() -> identifyingAlias(name) ? hospitals.findByAlias(name) : Optional.empty())
                .or(() -> firstByAlias(description.aliases()))
                .orElseGet(() -> hospitals.save(new Hospital(uniqueSlug(name), name)));
        hospital.complete(description);
        List<String> candidates = new ArrayList<>(description.aliases());
        if (!hospital.nameZh().equals(name)) {
            candidates.add(name);
        }
        for (String alias : candidates) {
            String trimmed = alias.strip();
            if (!trimmed.isEmpty()
                    && !trimmed.equals(hospital.nameZh())
                    && !hospital.hasAlias(trimmed)
                    && !hospitals.aliasTaken(trimmed)
                    && hospitals.findByNameZh(trimmed).isEmpty()) {
                hospital.addAlias(trimmed);
            }
        }
        hospitals.flush();
        return hospital.ref();
    }

    /**
     * Deletes those of {@code candidates} (the hospitals a withdrawn document named) that nothing refers to any more
     * and that came with a document, never one a hospitals.csv import registered; answers how many. Runs in the
     * caller's transaction (a withdrawal), after the document's facts are deleted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteUnreferenced(Collection<Long> candidates) {
        return hospitals.deleteUnreferenced(candidates);
    }

    /**
     * A document's short form without its place ("市人民医院", "县中医院", "省肿瘤医院") names a hospital only inside that
     * document: used to find a hospital another document recorded, it joined 安顺市人民医院's figures to 登封市人民医院.
     */
    private static final Pattern PLACELESS_SHORT_FORM = Pattern.compile("^[省市县区州旗盟]");

    private static boolean identifyingAlias(String alias) {
        return !PLACELESS_SHORT_FORM.matcher(alias.strip()).find();
    }

    private Optional<Hospital> firstByAlias(List<String> aliases) {
        for (String alias : aliases) {
            if (!identifyingAlias(alias)) {
                continue;
            }
            Optional<Hospital> found = hospitals.findByAlias(alias.strip());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private String uniqueSlug(String name) {
        String base = Slugs.of(name);
        String slug = base;
        for (int n = 2; hospitals.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Slugs close to an unknown one, from hospitals sharing its first syllable or a name fragment. */
    List<String> suggestions(String slug) {
        String first = slug == null ? "" : slug.split("-", 2)[0];
        List<String> candidates = hospitals.slugsLike(Like.escape(first), Like.escape(slug == null ? "" : slug));
        return CloseMatches.of(slug, candidates, 3);
    }
}
