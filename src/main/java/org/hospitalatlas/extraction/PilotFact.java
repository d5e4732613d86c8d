package org.hospitalatlas.extraction;

/**
 * A reform pilot designation. {@code name} is the designation as written; {@code level} one of
 * national/provincial/municipal/county; {@code category} one of modern_hospital_management,
 * drg_dip_payment, salary_reform, personnel_staffing, title_evaluation, comprehensive_reform,
 * high_quality_demo, other.
 */
public record PilotFact(
        String hospital,
        Integer year,
        String name,
        String level,
        String category,
        Evidence evidence,
        double confidence) {}
