package org.hospitalatlas.synthetic;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The 49 catalogue indicators (V004) the generator writes, with the decimals each is written with. The
 * catalogue is the source of truth: a test checks that this list matches it code for code.
 */
enum SyntheticIndicator {
    STAFF_TOTAL("staff_total", 0),
    SENIOR_TITLE_STAFF("senior_title_staff", 0),
    DOCTORAL_STAFF("doctoral_staff", 0),
    MASTERS_SUPERVISORS("masters_supervisors", 0),
    BEDS_OPEN("beds_open", 0),
    BEDS_AUTHORIZED("beds_authorized", 0),
    LAND_AREA("land_area", 0),
    FLOOR_AREA("floor_area", 0),
    TOTAL_ASSETS("total_assets", 0),
    REVENUE("revenue", 0),
    OUTPATIENT_VISITS("outpatient_visits", 0),
    OUTPATIENT_EMERGENCY_VISITS("outpatient_emergency_visits", 0),
    EMERGENCY_VISITS("emergency_visits", 0),
    DISCHARGES("discharges", 0),
    INPATIENT_SURGERIES("inpatient_surgeries", 0),
    INTERVENTIONAL_SURGERIES("interventional_surgeries", 0),
    DAY_SURGERY_SHARE("day_surgery_share", 2),
    DISCHARGE_SURGERY_SHARE("discharge_surgery_share", 2),
    MINIMALLY_INVASIVE_SHARE("minimally_invasive_share", 2),
    LEVEL4_SURGERY_SHARE("level4_surgery_share", 2),
    LEVEL34_SURGERY_SHARE("level34_surgery_share", 2),
    ANTIBIOTIC_USE_INTENSITY("antibiotic_use_intensity", 2),
    EMR_LEVEL("emr_level", 0),
    BED_OCCUPANCY_RATE("bed_occupancy_rate", 2),
    AVG_LENGTH_OF_STAY("avg_length_of_stay", 2),
    AVG_INPATIENT_COST("avg_inpatient_cost", 2),
    AVG_OUTPATIENT_COST("avg_outpatient_cost", 2),
    DRUG_COST_SHARE("drug_cost_share", 2),
    CONSUMABLES_PER_100_REVENUE("consumables_per_100_revenue", 2),
    MEDICAL_SERVICE_REVENUE_SHARE("medical_service_revenue_share", 2),
    PERSONNEL_EXPENSE_SHARE("personnel_expense_share", 2),
    OUT_OF_POCKET_SHARE("out_of_pocket_share", 2),
    INSURANCE_FUND_SHARE("insurance_fund_share", 2),
    PATIENT_SATISFACTION("patient_satisfaction", 2),
    OUTPATIENT_SATISFACTION("outpatient_satisfaction", 2),
    INPATIENT_SATISFACTION("inpatient_satisfaction", 2),
    STAFF_SATISFACTION("staff_satisfaction", 2),
    DOOR_TO_NEEDLE_MINUTES("door_to_needle_minutes", 0),
    NATIONAL_KEY_SPECIALTIES("national_key_specialties", 0),
    PROVINCIAL_KEY_SPECIALTIES("provincial_key_specialties", 0),
    SPECIALTY_ALLIANCES("specialty_alliances", 0),
    CONSORTIUM_PARTNER_HOSPITALS("consortium_partner_hospitals", 0),
    REFERRALS_DOWN("referrals_down", 0),
    FAMILY_DOCTOR_CONTRACTS("family_doctor_contracts", 0),
    FAMILY_DOCTOR_TEAMS("family_doctor_teams", 0),
    EXPERTS_DISPATCHED("experts_dispatched", 0),
    REMOTE_CONSULTATIONS("remote_consultations", 0),
    NEW_TECHNIQUES("new_techniques", 0),
    RESEARCH_PROJECTS("research_projects", 0);

    /** The order of the rows of one hospital in indicator_values.csv: by code, then year (the fact key's order). */
    static final List<SyntheticIndicator> BY_CODE = Arrays.stream(values())
            .sorted(Comparator.comparing(SyntheticIndicator::code))
            .toList();

    private final String code;
    private final int decimals;

    SyntheticIndicator(String code, int decimals) {
        this.code = code;
        this.decimals = decimals;
    }

    String code() {
        return code;
    }

    int decimals() {
        return decimals;
    }
}
