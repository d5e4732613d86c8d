package org.hospitalatlas.consortium;

/** {@code type} of the consortium list: the values of {@link ConsortiumFilter#TYPES}, as constants. */
enum ConsortiumType {
    CITY_MEDICAL_GROUP,
    COUNTY_MEDICAL_COMMUNITY,
    SPECIALTY_ALLIANCE,
    TELE_MEDICINE_NETWORK,
    REGIONAL_MEDICAL_CENTER,
    HOSPITAL_GROUP,
    OTHER;

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
