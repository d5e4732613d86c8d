package org.hospitalatlas.document;

import java.util.HashMap;
import java.util.Map;
import org.hospitalatlas.hospital.HospitalDescription;
import org.hospitalatlas.hospital.HospitalRef;
import org.hospitalatlas.hospital.HospitalService;

/**
 * The hospitals of one document by the names and aliases the extractor gave them, so that its other facts can be
 * placed in a hospital; a consortium's member not among them is resolved (or created) by name when first met.
 */
final class ResolvedHospitals {

    private final HospitalService hospitals;
    private final Map<String, HospitalRef> byName = new HashMap<>();

    ResolvedHospitals(HospitalService hospitals) {
        this.hospitals = hospitals;
    }

    /** Registers the hospital under its name and, unless taken by an earlier one, each of its aliases. */
    void add(String name, Iterable<String> aliases, HospitalRef hospital) {
        byName.put(name, hospital);
        aliases.forEach(alias -> byName.putIfAbsent(alias, hospital));
    }

    /** The hospital the document calls {@code name}, or null (also for a null name). */
    HospitalRef named(String name) {
        return name == null ? null : byName.get(name);
    }

    /** The hospital the document calls {@code name}, resolved or created by that name if it is not known yet. */
    HospitalRef namedOrResolved(String name) {
        return byName.computeIfAbsent(name, n -> hospitals.resolveOrCreate(HospitalDescription.named(n)));
    }
}
