package org.hospitalatlas.compare;

import java.math.BigDecimal;
import java.util.List;

/**
 * Which consortia to list; null means any. {@code province}: a member hospital lies in it (prefix match).
 * Consortia and memberships read with less confidence than {@code minConfidence} are left out (0 keeps all).
 */
public record ConsortiumFilter(String type, String province, BigDecimal minConfidence) {

    public static final List<String> TYPES = List.of(
            "city_medical_group",
            "county_medical_community",
            "specialty_alliance",
            "tele_medicine_network",
            "regional_medical_center",
            "hospital_group",
            "other");
}
