package org.hospitalatlas.extraction;

import java.util.List;

/**
 * A consortium. {@code type} is one of city_medical_group, county_medical_community,
 * specialty_alliance, tele_medicine_network, regional_medical_center, hospital_group, other.
 * {@code lead} is the full name of the leading (or output) hospital, may be null.
 */
public record ConsortiumFact(
        String name,
        String type,
        String lead,
        List<Member> members,
        Established established,
        Evidence evidence,
        double confidence) {

    /** {@code role} is one of lead, member, output_hospital, input_hospital, merged. */
    public record Member(String hospital, String role) {}

    /**
     * When it was set up: {@code year} always, {@code month}/{@code day} when the text says them;
     * {@code precision} is "year", "month" or "day".
     */
    public record Established(int year, Integer month, Integer day, String precision) {}
}
