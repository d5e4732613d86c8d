package org.hospitalatlas.synthetic;

import static org.hospitalatlas.synthetic.IndicatorModel.clamp;
import static org.hospitalatlas.synthetic.IndicatorModel.gaussian;
import static org.hospitalatlas.synthetic.IndicatorModel.lognormal;

import java.util.SplittableRandom;

/**
 * One hospital's traits for {@link IndicatorModel}, drawn once, and what it carries from year to year (beds, floor
 * space, the EMR grade, key specialties). The draws are made in one fixed order — size, activity, digital grade,
 * networks, quality, then the first year's buildings — so that a seed gives the same national set as before this
 * class was split out of the model: change the order and every generated figure changes.
 */
final class HospitalDraw {

    final int tier;
    final String category;

    // size and staff
    double beds0;
    double growthEarly;
    double growthLate;
    double staffPerBed;
    double seniorShare;
    double doctoralShare;
    double supervisorShare;
    double landPerBed;
    double floorPerBed;

    // activity and money
    double visitsPerBed;
    double emergencyShare;
    double occupancyBase;
    double stayBase;
    double surgeryShare;
    double interventionalShare;
    double inpatientCost0;
    double outpatientCost0;
    double priceGrowth;
    double otherRevenue;
    double assetRatio;

    // digital grade
    double emrStep;
    int emrCap;

    // networks
    double partners;
    double referralShare;
    double contractsFinal;
    double teamSize;
    double experts;
    double remote;
    double techniques;
    double research;

    // quality
    double dntBase;
    double satisfactionOffset;
    double drugOffset;

    // carried from year to year
    double beds;
    double authorized;
    double land;
    double floor;
    double emr;
    double national;
    double provincial;
    double alliances;

    HospitalDraw(SyntheticHospital hospital, SplittableRandom random) {
        tier = hospital.tier();
        category = hospital.category();
        drawSize(hospital.level(), random);
        drawActivity(random);
        drawDigitalGrade(random);
        drawNetworks(hospital, random);
        drawQuality(random);
        beds = beds0;
        authorized = Math.ceil(beds0 * (0.9 + 0.2 * random.nextDouble()) / 50) * 50;
        land = Math.round(beds0 * landPerBed / 100) * 100.0;
        floor = Math.round(beds0 * floorPerBed / 100) * 100.0;
    }

    private void drawSize(String level, SplittableRandom random) {
        beds0 = Math.max(12, bedsMedian(level) * categoryBeds(category) * lognormal(random, 0.35));
        growthEarly = clamp(gaussian(random, 0.045, 0.02), -0.02, 0.15);
        growthLate = growthEarly * (0.2 + 0.5 * random.nextDouble());
        staffPerBed = new double[] {1.65, 1.45, 1.3, 1.2, 1.05}[tier] * lognormal(random, 0.08);
        seniorShare = new double[] {0.19, 0.15, 0.11, 0.09, 0.06}[tier] * lognormal(random, 0.1);
        doctoralShare = new double[] {0.045, 0.015, 0.003, 0.001, 0}[tier] * lognormal(random, 0.3);
        supervisorShare = new double[] {0.025, 0.008, 0.001, 0, 0}[tier] * lognormal(random, 0.3);
        landPerBed = 55 + 55 * random.nextDouble();
        floorPerBed = 95 + 65 * random.nextDouble();
    }

    private void drawActivity(SplittableRandom random) {
        visitsPerBed = 550 * categoryVisits(category) * lognormal(random, 0.25);
        emergencyShare = (category.equals("儿童") ? 0.15 : 0.06) + 0.07 * random.nextDouble();
        occupancyBase = new double[] {97, 93, 88, 82, 68}[tier] + gaussian(random, 0, 3);
        stayBase = new double[] {10.5, 9.5, 8.5, 8, 7}[tier] + categoryStay(category) + gaussian(random, 0, 0.8);
        surgeryShare = Math.min(
                0.75,
                new double[] {0.42, 0.35, 0.28, 0.22, 0.10}[tier]
                        * categorySurgery(category)
                        * lognormal(random, 0.15));
        interventionalShare = new double[] {0.12, 0.08, 0.04, 0.02, 0.005}[tier] * lognormal(random, 0.3);
        inpatientCost0 =
                new double[] {13000, 10000, 6500, 5500, 3500}[tier] * categoryCost(category) * lognormal(random, 0.18);
        outpatientCost0 = new double[] {260, 230, 170, 150, 110}[tier] * lognormal(random, 0.15);
        priceGrowth = gaussian(random, 0.035, 0.01);
        otherRevenue = 1.03 + 0.07 * random.nextDouble();
        assetRatio = 1.1 + 0.8 * random.nextDouble();
    }

    private void drawDigitalGrade(SplittableRandom random) {
        emr = clamp(Math.round(new double[] {3, 2.5, 2, 1.5, 0.8}[tier] + gaussian(random, 0, 0.7)), 0, 5);
        emrStep = new double[] {0.32, 0.27, 0.22, 0.18, 0.12}[tier];
        emrCap = tier == 0 ? 8 : tier <= 2 ? 6 : 5;
    }

    private void drawNetworks(SyntheticHospital hospital, SplittableRandom random) {
        national = tier == 0 && random.nextDouble() < 0.35 ? 1 + random.nextInt(6) : 0;
        provincial = new double[] {5 + random.nextInt(21), 2 + random.nextInt(7), random.nextInt(5), 0, 0}[tier];
        alliances = new double[] {4 + random.nextInt(17), 1 + random.nextInt(6), random.nextInt(4), 0, 0}[tier];
        partners = hospital.flagship()
                ? (tier <= 1 ? 15 + random.nextInt(66) : 8 + random.nextInt(23))
                : random.nextInt(tier <= 1 ? 31 : 6);
        referralShare = (tier <= 2 ? 0.01 + 0.03 * random.nextDouble() : 0.005) * lognormal(random, 0.2);
        contractsFinal = hospital.countyLevel() && category.equals("综合")
                ? 8000 + 52000 * random.nextDouble()
                : category.equals("妇幼") || category.equals("专科")
                        ? 100 + 900 * random.nextDouble()
                        : 1000 + 9000 * random.nextDouble();
        teamSize = 400 + 500 * random.nextDouble();
        experts = new double[] {
                    300 + 2700 * random.nextDouble(),
                    100 + 700 * random.nextDouble(),
                    30 + 270 * random.nextDouble(),
                    10 + 90 * random.nextDouble(),
                    20 * random.nextDouble()
                }
                [tier];
        remote = new double[] {
                    2000 + 28000 * random.nextDouble(),
                    500 + 7500 * random.nextDouble(),
                    200 + 3800 * random.nextDouble(),
                    50 + 750 * random.nextDouble(),
                    100 * random.nextDouble()
                }
                [tier];
        techniques = new double[] {
                    20 + 70 * random.nextDouble(),
                    8 + 32 * random.nextDouble(),
                    3 + 17 * random.nextDouble(),
                    1 + 9 * random.nextDouble(),
                    3 * random.nextDouble()
                }
                [tier];
        research = new double[] {
                    30 + 220 * random.nextDouble(),
                    8 + 42 * random.nextDouble(),
                    1 + 11 * random.nextDouble(),
                    5 * random.nextDouble(),
                    random.nextDouble()
                }
                [tier];
    }

    private void drawQuality(SplittableRandom random) {
        dntBase = new double[] {65, 70, 75, 82, 90}[tier] + gaussian(random, 0, 6);
        satisfactionOffset = gaussian(random, 0, 1.5);
        drugOffset = (category.equals("中医") ? 6 : 0) + gaussian(random, 0, 3);
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
}
