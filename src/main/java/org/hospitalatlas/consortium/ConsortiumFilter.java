package org.hospitalatlas.consortium;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which consortia to list; null means any. {@code province}: a member hospital lies in it (prefix match).
 * Consortia and memberships read with less confidence than {@code minConfidence} are left out (0 keeps all). With
 * {@code updatedSince}, only consortia that were added or changed, or gained or changed a member, after it.
 */
record ConsortiumFilter(String type, String province, BigDecimal minConfidence, OffsetDateTime updatedSince) {

    public static final List<String> TYPES = List.of(
            "city_medical_group",
            "county_medical_community",
            "specialty_alliance",
            "tele_medicine_network",
            "regional_medical_center",
            "hospital_group",
            "other");
}
