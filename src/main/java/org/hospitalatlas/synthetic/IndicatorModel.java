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
 * performance assessment pushed them (drug share down, day surgery up).
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
        int tier = hospital.tier();
        String category = hospital.category();
        double[][] v = new double[years()][INDICATORS];

        double beds0 = Math.max(12, bedsMedian(hospital.level()) * categoryBeds(category) * lognormal(random, 0.35));
        double growthEarly = clamp(gaussian(random, 0.045, 0.02), -0.02, 0.15);
        double growthLate = growthEarly * (0.2 + 0.5 * random.nextDouble());
        double staffPerBed = new double[] {1.65, 1.45, 1.3, 1.2, 1.05}[tier] * lognormal(random, 0.08);
        double seniorShare = new double[] {0.19, 0.15, 0.11, 0.09, 0.06}[tier] * lognormal(random, 0.1);
        double doctoralShare = new double[] {0.045, 0.015, 0.003, 0.001, 0}[tier] * lognormal(random, 0.3);
        double supervisorShare = new double[] {0.025, 0.008, 0.001, 0, 0}[tier] * lognormal(random, 0.3);
        double landPerBed = 55 + 55 * random.nextDouble();
        double floorPerBed = 95 + 65 * random.nextDouble();
        double visitsPerBed = 550 * categoryVisits(category) * lognormal(random, 0.25);
        double emergencyShare = (category.equals("儿童") ? 0.15 : 0.06) + 0.07 * random.nextDouble();
        double occupancyBase = new double[] {97, 93, 88, 82, 68}[tier] + gaussian(random, 0, 3);
        double stayBase = new double[] {10.5, 9.5, 8.5, 8, 7}[tier] + categoryStay(category) + gaussian(random, 0, 0.8);
        double surgeryShare = Math.min(
                0.75,
                new double[] {0.42, 0.35, 0.28, 0.22, 0.10}[tier]
                        * categorySurgery(category)
                        * lognormal(random, 0.15));
        double interventionalShare = new double[] {0.12, 0.08, 0.04, 0.02, 0.005}[tier] * lognormal(random, 0.3);
        double inpatientCost0 =
                new double[] {13000, 10000, 6500, 5500, 3500}[tier] * categoryCost(category) * lognormal(random, 0.18);
        double outpatientCost0 = new double[] {260, 230, 170, 150, 110}[tier] * lognormal(random, 0.15);
        double priceGrowth = gaussian(random, 0.035, 0.01);
        double otherRevenue = 1.03 + 0.07 * random.nextDouble();
        double assetRatio = 1.1 + 0.8 * random.nextDouble();
        double emr = clamp(Math.round(new double[] {3, 2.5, 2, 1.5, 0.8}[tier] + gaussian(random, 0, 0.7)), 0, 5);
        double emrStep = new double[] {0.32, 0.27, 0.22, 0.18, 0.12}[tier];
        int emrCap = tier == 0 ? 8 : tier <= 2 ? 6 : 5;
        double national = tier == 0 && random.nextDouble() < 0.35 ? 1 + random.nextInt(6) : 0;
        double provincial = new double[] {5 + random.nextInt(21), 2 + random.nextInt(7), random.nextInt(5), 0, 0}[tier];
        double alliances = new double[] {4 + random.nextInt(17), 1 + random.nextInt(6), random.nextInt(4), 0, 0}[tier];
        double partners = hospital.flagship()
                ? (tier <= 1 ? 15 + random.nextInt(66) : 8 + random.nextInt(23))
                : random.nextInt(tier <= 1 ? 31 : 6);
        double referralShare = (tier <= 2 ? 0.01 + 0.03 * random.nextDouble() : 0.005) * lognormal(random, 0.2);
        double contractsFinal = hospital.countyLevel() && category.equals("综合")
                ? 8000 + 52000 * random.nextDouble()
                : category.equals("妇幼") || category.equals("专科")
                        ? 100 + 900 * random.nextDouble()
                        : 1000 + 9000 * random.nextDouble();
        double teamSize = 400 + 500 * random.nextDouble();
        double experts = new double[] {
                    300 + 2700 * random.nextDouble(),
                    100 + 700 * random.nextDouble(),
                    30 + 270 * random.nextDouble(),
                    10 + 90 * random.nextDouble(),
                    20 * random.nextDouble()
                }
                [tier];
        double remote = new double[] {
                    2000 + 28000 * random.nextDouble(),
                    500 + 7500 * random.nextDouble(),
                    200 + 3800 * random.nextDouble(),
                    50 + 750 * random.nextDouble(),
                    100 * random.nextDouble()
                }
                [tier];
        double techniques = new double[] {
                    20 + 70 * random.nextDouble(),
                    8 + 32 * random.nextDouble(),
                    3 + 17 * random.nextDouble(),
                    1 + 9 * random.nextDouble(),
                    3 * random.nextDouble()
                }
                [tier];
        double research = new double[] {
                    30 + 220 * random.nextDouble(),
                    8 + 42 * random.nextDouble(),
                    1 + 11 * random.nextDouble(),
                    5 * random.nextDouble(),
                    random.nextDouble()
                }
                [tier];
        double dntBase = new double[] {65, 70, 75, 82, 90}[tier] + gaussian(random, 0, 6);
        double satisfactionOffset = gaussian(random, 0, 1.5);
        double drugOffset = (category.equals("中医") ? 6 : 0) + gaussian(random, 0, 3);

        double beds = beds0;
        double authorized = Math.ceil(beds0 * (0.9 + 0.2 * random.nextDouble()) / 50) * 50;
        double land = Math.round(beds0 * landPerBed / 100) * 100.0;
        double floor = Math.round(beds0 * floorPerBed / 100) * 100.0;
        for (int y = 0; y < years(); y++) {
            int year = firstYear + y;
            double[] row = v[y];
            double t = year - 2014;
            if (y > 0) {
                beds = beds * (1 + (year <= 2019 ? growthEarly : growthLate) + gaussian(random, 0, 0.01));
            }
            long openBeds = Math.max(10, Math.round(beds));
            if (openBeds > authorized * 1.05 || random.nextDouble() < 0.08) {
                authorized = Math.ceil(openBeds * (1 + 0.1 * random.nextDouble()) / 50) * 50;
            }
            if (openBeds * floorPerBed > floor * 1.1) {
                floor = Math.round(openBeds * floorPerBed / 100) * 100.0; // a new building
            }
            if (floor > land * 3.5) {
                land = Math.round(floor / 2.5 / 100) * 100.0;
            }
            double volume = epidemic(year, 0.80, 0.93, 0.90);
            long staff = Math.round(openBeds * staffPerBed * (1 + 0.01 * t) * lognormal(random, 0.03));
            row[BEDS_OPEN.ordinal()] = openBeds;
            row[BEDS_AUTHORIZED.ordinal()] = authorized;
            row[STAFF_TOTAL.ordinal()] = staff;
            row[SENIOR_TITLE_STAFF.ordinal()] = Math.round(staff * Math.min(0.4, seniorShare * (1 + 0.02 * t)));
            row[DOCTORAL_STAFF.ordinal()] = Math.round(staff * doctoralShare * Math.pow(1.08, t));
            row[MASTERS_SUPERVISORS.ordinal()] = Math.round(staff * supervisorShare * Math.pow(1.04, t));
            row[LAND_AREA.ordinal()] = land;
            row[FLOOR_AREA.ordinal()] = floor;

            double occupancy = clamp(occupancyBase - epidemicDrop(year, 12, 4, 7) + gaussian(random, 0, 2), 35, 100);
            double stay = Math.max(3.5, stayBase - (tier <= 1 ? 0.25 : 0.15) * t + gaussian(random, 0, 0.3));
            long discharges = Math.round(openBeds * occupancy / 100 * 365 / stay * (0.97 + 0.06 * random.nextDouble()));
            long surgeries = Math.round(discharges * surgeryShare * (1 + 0.015 * t) * lognormal(random, 0.04));
            surgeries = Math.min(surgeries, discharges);
            long outpatient = Math.round(openBeds * visitsPerBed * (1 + 0.02 * t) * volume * lognormal(random, 0.04));
            long emergency = Math.round(outpatient * emergencyShare * lognormal(random, 0.05));
            double inpatientCost = inpatientCost0 * Math.pow(1 + priceGrowth, t) * lognormal(random, 0.03);
            double outpatientCost = outpatientCost0 * Math.pow(1 + priceGrowth + 0.005, t) * lognormal(random, 0.03);
            double revenue =
                    Math.round((discharges * inpatientCost + (outpatient + emergency) * outpatientCost) * otherRevenue);
            row[BED_OCCUPANCY_RATE.ordinal()] = round2(occupancy);
            row[AVG_LENGTH_OF_STAY.ordinal()] = round2(stay);
            row[DISCHARGES.ordinal()] = discharges;
            row[INPATIENT_SURGERIES.ordinal()] = surgeries;
            row[INTERVENTIONAL_SURGERIES.ordinal()] = Math.round(surgeries * interventionalShare * (1 + 0.04 * t));
            row[OUTPATIENT_VISITS.ordinal()] = outpatient;
            row[EMERGENCY_VISITS.ordinal()] = emergency;
            row[OUTPATIENT_EMERGENCY_VISITS.ordinal()] = outpatient + emergency;
            row[AVG_INPATIENT_COST.ordinal()] = round2(inpatientCost);
            row[AVG_OUTPATIENT_COST.ordinal()] = round2(outpatientCost);
            row[REVENUE.ordinal()] = revenue;
            row[TOTAL_ASSETS.ordinal()] = Math.round(revenue * assetRatio * (1 + 0.01 * t) * lognormal(random, 0.02));

            row[DISCHARGE_SURGERY_SHARE.ordinal()] = discharges == 0 ? 0 : round2(100.0 * surgeries / discharges);
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
            row[LEVEL34_SURGERY_SHARE.ordinal()] = round2(
                    clamp(level4 + new double[] {40, 38, 35, 30, 20}[tier] + gaussian(random, 0, 3), level4, 95));
            row[ANTIBIOTIC_USE_INTENSITY.ordinal()] =
                    round2(clamp(Math.max(25, 48 - 1.0 * t) + gaussian(random, 0, 3), 15, 80));
            emr = y == 0 ? emr : Math.min(emrCap, emr + (random.nextDouble() < emrStep ? 1 : 0));
            row[EMR_LEVEL.ordinal()] = emr;
            row[DRUG_COST_SHARE.ordinal()] = round2(clamp(
                    Math.max(22, 41 - 1.4 * t - (year >= 2017 ? 4 : 0)) + drugOffset + gaussian(random, 0, 1.5),
                    10,
                    70));
            row[CONSUMABLES_PER_100_REVENUE.ordinal()] =
                    round2(clamp(Math.max(14, (tier == 4 ? 17 : 22) - 0.4 * t) + gaussian(random, 0, 2), 5, 40));
            row[MEDICAL_SERVICE_REVENUE_SHARE.ordinal()] = trend(random, 24, 0.9, t, 3, 10, 50);
            row[PERSONNEL_EXPENSE_SHARE.ordinal()] = trend(random, 31, 0.8, t, 3, 15, 60);
            double outOfPocket = trend(random, 36, -0.7, t, 3, 10, 60);
            row[OUT_OF_POCKET_SHARE.ordinal()] = outOfPocket;
            row[INSURANCE_FUND_SHARE.ordinal()] =
                    round2(clamp(45 + 1.2 * t + gaussian(random, 0, 4), 20, 98 - outOfPocket));
            row[PATIENT_SATISFACTION.ordinal()] = trend(random, 88 + satisfactionOffset, 0.5, t, 2, 60, 99.5);
            row[OUTPATIENT_SATISFACTION.ordinal()] = trend(random, 85 + satisfactionOffset, 0.5, t, 2.5, 60, 99);
            row[INPATIENT_SATISFACTION.ordinal()] = trend(random, 90 + satisfactionOffset, 0.4, t, 2, 60, 99.5);
            row[STAFF_SATISFACTION.ordinal()] = trend(random, 78, 0.6, t, 3, 50, 98);
            row[DOOR_TO_NEEDLE_MINUTES.ordinal()] =
                    Math.round(clamp(Math.max(30, dntBase - 2.8 * t) + gaussian(random, 0, 4), 20, 180));

            if (y > 0 && national > 0 && random.nextDouble() < 0.05) {
                national++;
            }
            if (y > 0 && provincial > 0 && random.nextDouble() < 0.15) {
                provincial++;
            }
            if (y > 0 && alliances > 0 && random.nextDouble() < 0.2) {
                alliances++;
            }
            row[NATIONAL_KEY_SPECIALTIES.ordinal()] = national;
            row[PROVINCIAL_KEY_SPECIALTIES.ordinal()] = provincial;
            row[SPECIALTY_ALLIANCES.ordinal()] = alliances;
            double consortiumRamp = Math.min(1, 0.3 + 0.12 * t); // 医联体 spread from 2017 on
            row[CONSORTIUM_PARTNER_HOSPITALS.ordinal()] = Math.round(partners * consortiumRamp);
            row[REFERRALS_DOWN.ordinal()] = Math.round(discharges * referralShare * Math.pow(1.1, t));
            long contracts = Math.round(contractsFinal * Math.min(1, 0.2 + 0.09 * t) * lognormal(random, 0.05));
            row[FAMILY_DOCTOR_CONTRACTS.ordinal()] = contracts;
            row[FAMILY_DOCTOR_TEAMS.ordinal()] = contracts == 0 ? 0 : Math.max(1, Math.round(contracts / teamSize));
            row[EXPERTS_DISPATCHED.ordinal()] = Math.round(experts * consortiumRamp * lognormal(random, 0.1));
            row[REMOTE_CONSULTATIONS.ordinal()] =
                    Math.round(remote * Math.pow(1.2, t - (lastYear - 2014)) * lognormal(random, 0.1));
            row[NEW_TECHNIQUES.ordinal()] = Math.round(techniques * lognormal(random, 0.2));
            row[RESEARCH_PROJECTS.ordinal()] = Math.round(research * Math.pow(1.05, t) * lognormal(random, 0.15));
        }
        return v;
    }

    private static double bedsMedian(String level) {
        return switch (level) {
            case "三级甲等" -> 1400;
            case "三级乙等" -> 800;
            case "三级丙等" -> 600;
            case "三级" -> 700;
            case "二级甲等" -> 420;
            case "二级乙等" -> 260;
            case "二级丙等" -> 200;
            case "二级" -> 220;
            case "一级甲等" -> 90;
            case "一级乙等" -> 70;
            case "一级丙等" -> 50;
            case "一级" -> 60;
            default -> 45;
        };
    }

    private static double categoryBeds(String category) {
        return switch (category) {
            case "中医" -> 0.75;
            case "中西医结合" -> 0.6;
            case "妇幼" -> 0.45;
            case "儿童" -> 0.7;
            case "肿瘤" -> 0.85;
            case "骨科" -> 0.5;
            case "专科" -> 0.55;
            default -> 1.0;
        };
    }

    private static double categoryVisits(String category) {
        return switch (category) {
            case "中医", "中西医结合" -> 1.6;
            case "妇幼" -> 1.5;
            case "儿童" -> 1.8;
            case "专科", "骨科", "肿瘤" -> 0.8;
            default -> 1.0;
        };
    }

    private static double categoryStay(String category) {
        return switch (category) {
            case "中医", "中西医结合" -> 1.5;
            case "肿瘤" -> 2;
            case "骨科" -> 2.5;
            case "专科" -> 4;
            case "妇幼", "儿童" -> -2;
            default -> 0;
        };
    }

    private static double categorySurgery(String category) {
        return switch (category) {
            case "中医", "中西医结合" -> 0.6;
            case "妇幼" -> 1.1;
            case "骨科" -> 1.6;
            case "专科" -> 0.5;
            default -> 1.0;
        };
    }

    private static double categoryCost(String category) {
        return switch (category) {
            case "肿瘤" -> 1.6;
            case "妇幼" -> 0.6;
            case "儿童" -> 0.7;
            case "中医" -> 0.85;
            default -> 1.0;
        };
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

    private static double lognormal(SplittableRandom random, double sigma) {
        return Math.exp(gaussian(random, 0, sigma));
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
