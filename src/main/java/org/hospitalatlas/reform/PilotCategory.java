package org.hospitalatlas.reform;

/** {@code category} of the pilot lists: the values of {@link PilotFilter#CATEGORIES}, as constants. */
enum PilotCategory {
    MODERN_HOSPITAL_MANAGEMENT,
    DRG_DIP_PAYMENT,
    SALARY_REFORM,
    PERSONNEL_STAFFING,
    TITLE_EVALUATION,
    COMPREHENSIVE_REFORM,
    HIGH_QUALITY_DEMO,
    OTHER;

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
