package org.hospitalatlas.extraction;

/**
 * A reform pilot designation. {@code name} is the designation as written; {@code level} one of
 * national/provincial/municipal/county; {@code category} one of modern_hospital_management,
 * drg_dip_payment, salary_reform, personnel_staffing, title_evaluation, comprehensive_reform,
 * high_quality_demo, other; {@code designation} what the text says about who designated it, by which document, in
 * which batch and when.
 */
public record PilotFact(
        String hospital,
        Integer year,
        String name,
        String level,
        String category,
        Evidence evidence,
        double confidence,
        Designation designation) {

    public PilotFact {
        designation = designation == null ? Designation.NONE : designation;
    }

    public PilotFact(
            String hospital,
            Integer year,
            String name,
            String level,
            String category,
            Evidence evidence,
            double confidence) {
        this(hospital, year, name, level, category, evidence, confidence, Designation.NONE);
    }

    PilotFact withDesignation(Designation d) {
        return new PilotFact(hospital, year, name, level, category, evidence, confidence, d);
    }
}
