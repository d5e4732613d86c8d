package org.hospitalatlas.synthetic;

import static org.hospitalatlas.synthetic.SyntheticIndicator.*;

import java.util.SplittableRandom;

/**
 * The yearly figures of one hospital, drawn so that they hang together the way real ones do: open beds set
 * the size (by level and category, log-normal around a median, growing a few per cent a year and slower
 * after 2019); staff follow beds; discharges are beds × occupancy × 365 / length of stay; surgeries a share
 * of discharges; outpatient visits a per-bed rate; revenue what inpatients and outpatients pay, so it grows
 * with beds and prices; the 2020–2022 epidemic years dip volumes and occupancy. Rates stay in their ranges
 * (percentages in 0–100, the EMR grade 0–8 and never going down) and policy-driven rates drift the way the
 * performance assessment pushed them (drug share down, day surgery up). The hospital's traits are drawn once
 * ({@link HospitalDraw}); each year then draws its capacity, activity, rates and networks, in that order.
 */
final class IndicatorModel {

    private static final int INDICATORS = SyntheticIndicator.values().length;

    private final int firstYear;
    private final int lastYear;

    IndicatorModel(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    int years() {
        return lastYear - firstYear + 1;
    }

    /** values[y][indicator.ordinal()] for year firstYear + y, already rounded to the indicator's decimals. */
    double[][] values(SyntheticHospital hospital, SplittableRandom random) {
        HospitalDraw h = new HospitalDraw(hospital, random);
        double[][] v = new double[years()][INDICATORS];
        for (int y = 0; y < years(); y++) {
            int year = firstYear + y;
            double t = year - 2014;
            long openBeds = capacity(v[y], h, y, year, t, random);
            long discharges = activity(v[y], h, openBeds, year, t, random);
            rates(v[y], h, y, year, t, random);
            networks(v[y], h, y, t, discharges, random);
        }
        return v;
    }

    /** Beds, buildings and staff of year {@code y}; answers the open beds. */
    private static long capacity(double[] row, HospitalDraw h, int y, int year, double t, SplittableRandom random) {
        if (y > 0) {
            h.beds = h.beds * (1 + (year <= 2019 ? h.growthEarly : h.growthLate) + gaussian(random, 0, 0.01));
        }
        long openBeds = Math.max(10, Math.round(h.beds));
        if (openBeds > h.authorized * 1.05 || random.nextDouble() < 0.08) {
            h.authorized = Math.ceil(openBeds * (1 + 0.1 * random.nextDouble()) / 50) * 50;
        }
        if (openBeds * h.floorPerBed > h.floor * 1.1) {
            h.floor = Math.round(openBeds * h.floorPerBed / 100) * 100.0; // a new building
        }
        if (h.floor > h.land * 3.5) {
            h.land = Math.round(h.floor / 2.5 / 100) * 100.0;
        }
        long staff = Math.round(openBeds * h.staffPerBed * (1 + 0.01 * t) * lognormal(random, 0.03));
        row[BEDS_OPEN.ordinal()] = openBeds;
        row[BEDS_AUTHORIZED.ordinal()] = h.authorized;
        row[STAFF_TOTAL.ordinal()] = staff;
        row[SENIOR_TITLE_STAFF.ordinal()] = Math.round(staff * Math.min(0.4, h.seniorShare * (1 + 0.02 * t)));
        row[DOCTORAL_STAFF.ordinal()] = Math.round(staff * h.doctoralShare * Math.pow(1.08, t));
        row[MASTERS_SUPERVISORS.ordinal()] = Math.round(staff * h.supervisorShare * Math.pow(1.04, t));
        row[LAND_AREA.ordinal()] = h.land;
        row[FLOOR_AREA.ordinal()] = h.floor;
        return openBeds;
    }

    /** Patients, costs and revenue of a year; answers the discharges. */
    private static long activity(
            double[] row, HospitalDraw h, long openBeds, int year, double t, SplittableRandom random) {
        double volume = epidemic(year, 0.80, 0.93, 0.90);
        double occupancy = clamp(h.occupancyBase - epidemicDrop(year, 12, 4, 7) + gaussian(random, 0, 2), 35, 100);
        double stay = Math.max(3.5, h.stayBase - (h.tier <= 1 ? 0.25 : 0.15) * t + gaussian(random, 0, 0.3));
        long discharges = Math.round(openBeds * occupancy / 100 * 365 / stay * (0.97 + 0.06 * random.nextDouble()));
        long surgeries = Math.round(discharges * h.surgeryShare * (1 + 0.015 * t) * lognormal(random, 0.04));
        surgeries = Math.min(surgeries, discharges);
        long outpatient = Math.round(openBeds * h.visitsPerBed * (1 + 0.02 * t) * volume * lognormal(random, 0.04));
        long emergency = Math.round(outpatient * h.emergencyShare * lognormal(random, 0.05));
        double inpatientCost = h.inpatientCost0 * Math.pow(1 + h.priceGrowth, t) * lognormal(random, 0.03);
        double outpatientCost = h.outpatientCost0 * Math.pow(1 + h.priceGrowth + 0.005, t) * lognormal(random, 0.03);
        double revenue =
                Math.round((discharges * inpatientCost + (outpatient + emergency) * outpatientCost) * h.otherRevenue);
        row[BED_OCCUPANCY_RATE.ordinal()] = round2(occupancy);
        row[AVG_LENGTH_OF_STAY.ordinal()] = round2(stay);
        row[DISCHARGES.ordinal()] = discharges;
        row[INPATIENT_SURGERIES.ordinal()] = surgeries;
        row[INTERVENTIONAL_SURGERIES.ordinal()] = Math.round(surgeries * h.interventionalShare * (1 + 0.04 * t));
        row[OUTPATIENT_VISITS.ordinal()] = outpatient;
        row[EMERGENCY_VISITS.ordinal()] = emergency;
        row[OUTPATIENT_EMERGENCY_VISITS.ordinal()] = outpatient + emergency;
        row[AVG_INPATIENT_COST.ordinal()] = round2(inpatientCost);
        row[AVG_OUTPATIENT_COST.ordinal()] = round2(outpatientCost);
        row[REVENUE.ordinal()] = revenue;
        row[TOTAL_ASSETS.ordinal()] = Math.round(revenue * h.assetRatio * (1 + 0.01 * t) * lognormal(random, 0.02));
        row[DISCHARGE_SURGERY_SHARE.ordinal()] = discharges == 0 ? 0 : round2(100.0 * surgeries / discharges);
        return discharges;
    }

    /** Surgery mix, prescribing, the EMR grade, cost shares, satisfaction and door-to-needle time of a year. */
    private static void rates(double[] row, HospitalDraw h, int y, int year, double t, SplittableRandom random) {
        int tier = h.tier;
        row[DAY_SURGERY_SHARE.ordinal()] = trend(
                random,
                new double[] {8, 5, 3, 2, 0.5}[tier],
                new double[] {1.5, 1.0, 0.7, 0.5, 0.2}[tier],
                t,
                1.5,
                0,
                60);
        row[MINIMALLY_INVASIVE_SHARE.ordinal()] = trend(
                random,
                new double[] {18, 15, 10, 8, 3}[tier],
                new double[] {1.5, 1.2, 1.0, 0.7, 0.3}[tier],
                t,
                2,
                0,
                70);
        double level4 = trend(
                random,
                new double[] {16, 11, 5, 3, 0.5}[tier],
                new double[] {0.8, 0.6, 0.4, 0.3, 0.1}[tier],
                t,
                1.2,
                0,
                60);
        row[LEVEL4_SURGERY_SHARE.ordinal()] = level4;
        row[LEVEL34_SURGERY_SHARE.ordinal()] =
                round2(clamp(level4 + new double[] {40, 38, 35, 30, 20}[tier] + gaussian(random, 0, 3), level4, 95));
        row[ANTIBIOTIC_USE_INTENSITY.ordinal()] =
                round2(clamp(Math.max(25, 48 - 1.0 * t) + gaussian(random, 0, 3), 15, 80));
        h.emr = y == 0 ? h.emr : Math.min(h.emrCap, h.emr + (random.nextDouble() < h.emrStep ? 1 : 0));
        row[EMR_LEVEL.ordinal()] = h.emr;
        row[DRUG_COST_SHARE.ordinal()] = round2(clamp(
                Math.max(22, 41 - 1.4 * t - (year >= 2017 ? 4 : 0)) + h.drugOffset + gaussian(random, 0, 1.5), 10, 70));
        row[CONSUMABLES_PER_100_REVENUE.ordinal()] =
                round2(clamp(Math.max(14, (tier == 4 ? 17 : 22) - 0.4 * t) + gaussian(random, 0, 2), 5, 40));
        row[MEDICAL_SERVICE_REVENUE_SHARE.ordinal()] = trend(random, 24, 0.9, t, 3, 10, 50);
        row[PERSONNEL_EXPENSE_SHARE.ordinal()] = trend(random, 31, 0.8, t, 3, 15, 60);
        double outOfPocket = trend(random, 36, -0.7, t, 3, 10, 60);
        row[OUT_OF_POCKET_SHARE.ordinal()] = outOfPocket;
        row[INSURANCE_FUND_SHARE.ordinal()] =
                round2(clamp(45 + 1.2 * t + gaussian(random, 0, 4), 20, 98 - outOfPocket));
        double satisfaction = h.satisfactionOffset;
        row[PATIENT_SATISFACTION.ordinal()] = trend(random, 88 + satisfaction, 0.5, t, 2, 60, 99.5);
        row[OUTPATIENT_SATISFACTION.ordinal()] = trend(random, 85 + satisfaction, 0.5, t, 2.5, 60, 99);
        row[INPATIENT_SATISFACTION.ordinal()] = trend(random, 90 + satisfaction, 0.4, t, 2, 60, 99.5);
        row[STAFF_SATISFACTION.ordinal()] = trend(random, 78, 0.6, t, 3, 50, 98);
        row[DOOR_TO_NEEDLE_MINUTES.ordinal()] =
                Math.round(clamp(Math.max(30, h.dntBase - 2.8 * t) + gaussian(random, 0, 4), 20, 180));
    }

    /** Key specialties, consortia, referrals, family doctors, outreach and research of a year. */
    private void networks(double[] row, HospitalDraw h, int y, double t, long discharges, SplittableRandom random) {
        if (y > 0 && h.national > 0 && random.nextDouble() < 0.05) {
            h.national++;
        }
        if (y > 0 && h.provincial > 0 && random.nextDouble() < 0.15) {
            h.provincial++;
        }
        if (y > 0 && h.alliances > 0 && random.nextDouble() < 0.2) {
            h.alliances++;
        }
        row[NATIONAL_KEY_SPECIALTIES.ordinal()] = h.national;
        row[PROVINCIAL_KEY_SPECIALTIES.ordinal()] = h.provincial;
        row[SPECIALTY_ALLIANCES.ordinal()] = h.alliances;
        double consortiumRamp = Math.min(1, 0.3 + 0.12 * t); // 医联体 spread from 2017 on
        row[CONSORTIUM_PARTNER_HOSPITALS.ordinal()] = Math.round(h.partners * consortiumRamp);
        row[REFERRALS_DOWN.ordinal()] = Math.round(discharges * h.referralShare * Math.pow(1.1, t));
        long contracts = Math.round(h.contractsFinal * Math.min(1, 0.2 + 0.09 * t) * lognormal(random, 0.05));
        row[FAMILY_DOCTOR_CONTRACTS.ordinal()] = contracts;
        row[FAMILY_DOCTOR_TEAMS.ordinal()] = contracts == 0 ? 0 : Math.max(1, Math.round(contracts / h.teamSize));
        row[EXPERTS_DISPATCHED.ordinal()] = Math.round(h.experts * consortiumRamp * lognormal(random, 0.1));
        row[REMOTE_CONSULTATIONS.ordinal()] =
                Math.round(h.remote * Math.pow(1.2, t - (lastYear - 2014)) * lognormal(random, 0.1));
        row[NEW_TECHNIQUES.ordinal()] = Math.round(h.techniques * lognormal(random, 0.2));
        row[RESEARCH_PROJECTS.ordinal()] = Math.round(h.research * Math.pow(1.05, t) * lognormal(random, 0.15));
    }

    /** The epidemic's effect on volumes: a factor below 1 in 2020, 2021 and 2022, else 1. */
    private static double epidemic(int year, double in2020, double in2021, double in2022) {
        return switch (year) {
            case 2020 -> in2020;
            case 2021 -> in2021;
            case 2022 -> in2022;
            default -> 1;
        };
    }

    private static double epidemicDrop(int year, double in2020, double in2021, double in2022) {
        return switch (year) {
            case 2020 -> in2020;
            case 2021 -> in2021;
            case 2022 -> in2022;
            default -> 0;
        };
    }

    /** A rate drifting by {@code slope} a year from {@code base} in 2014, with noise, kept in [low, high]. */
    private static double trend(
            SplittableRandom random, double base, double slope, double t, double sd, double low, double high) {
        return round2(clamp(base + slope * t + gaussian(random, 0, sd), low, high));
    }

    static double gaussian(SplittableRandom random, double mean, double sd) {
        // Box–Muller on the generator's own doubles: the same numbers on every JDK
        double u = 1.0 - random.nextDouble();
        double w = random.nextDouble();
        return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
    }

    static double lognormal(SplittableRandom random, double sigma) {
        return Math.exp(gaussian(random, 0, sigma));
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
