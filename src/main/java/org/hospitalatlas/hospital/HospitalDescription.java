package org.hospitalatlas.hospital;

import java.util.List;

/** What a document says about a hospital, used to find or create it. Only {@code name} is required. */
public record HospitalDescription(
        String name,
        List<String> aliases,
        String province,
        String city,
        String district,
        String level,
        String category,
        Integer foundedYear,
        boolean privatelyOwned) {

    public HospitalDescription {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static HospitalDescription named(String name) {
        return new HospitalDescription(name, List.of(), null, null, null, null, null, null, false);
    }
}
