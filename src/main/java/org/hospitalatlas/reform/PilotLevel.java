package org.hospitalatlas.reform;

/** {@code level} of the pilot lists, who named the pilot: the values of {@link PilotFilter#LEVELS}. */
enum PilotLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    COUNTY;

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
