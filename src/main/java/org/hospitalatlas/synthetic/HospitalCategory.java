package org.hospitalatlas.synthetic;

import java.util.SplittableRandom;

/**
 * A category of public hospital, its share of the country, and the names it takes at a city and at a county site:
 * fixed names first, then numbered ones (第四人民医院, 第二中医医院 …) where the pattern is not null.
 */
enum HospitalCategory {
    GENERAL(
            "综合",
            0.60,
            false,
            new String[] {"第一人民医院", "中心医院", "第二人民医院", "第三人民医院"},
            "第%s人民医院",
            new String[] {"人民医院", "第二人民医院", "第三人民医院"},
            "第%s人民医院"),
    CHINESE_MEDICINE("中医", 0.20, false, new String[] {"中医医院"}, "第%s中医医院", new String[] {"中医医院"}, "第%s中医医院"),
    MATERNAL_CHILD("妇幼", 0.10, false, new String[] {"妇幼保健院", "妇女儿童医院"}, null, new String[] {"妇幼保健院", "妇女儿童医院"}, null),
    INTEGRATED("中西医结合", 0.03, false, new String[] {"中西医结合医院"}, "第%s中西医结合医院", new String[] {"中西医结合医院"}, "第%s中西医结合医院"),
    SPECIALTY(
            "专科",
            0.035,
            true,
            new String[] {"精神卫生中心", "传染病医院", "口腔医院", "眼科医院", "康复医院", "皮肤病医院", "胸科医院"},
            null,
            new String[0],
            null),
    CHILDREN("儿童", 0.0125, true, new String[] {"儿童医院"}, "第%s儿童医院", new String[0], null),
    CANCER("肿瘤", 0.0125, true, new String[] {"肿瘤医院"}, "第%s肿瘤医院", new String[0], null),
    ORTHOPAEDIC("骨科", 0.01, true, new String[] {"骨科医院", "骨伤医院"}, null, new String[0], null);

    final String label;
    final double weight;
    final boolean cityOnly;
    final String[] cityNames;
    final String cityNumbered;
    final String[] countyNames;
    final String countyNumbered;

    HospitalCategory(
            String label,
            double weight,
            boolean cityOnly,
            String[] cityNames,
            String cityNumbered,
            String[] countyNames,
            String countyNumbered) {
        this.label = label;
        this.weight = weight;
        this.cityOnly = cityOnly;
        this.cityNames = cityNames;
        this.cityNumbered = cityNumbered;
        this.countyNames = countyNames;
        this.countyNumbered = countyNumbered;
    }

    /** The first number of the numbered names: 第四 after 第一/第二/第三人民医院 (or 人民医院/第二/第三), else 第二. */
    int firstNumber() {
        return this == GENERAL ? 4 : 2;
    }

    /** A category drawn by its share of the country. */
    static HospitalCategory draw(SplittableRandom random) {
        double r = random.nextDouble();
        double sum = 0;
        for (HospitalCategory category : values()) {
            sum += category.weight;
            if (r < sum) {
                return category;
            }
        }
        return GENERAL;
    }

    /** Level by category, place and rank; proportions tuned so that the country comes out near 1/5 三级, 1/2 二级. */
    String drawLevel(boolean county, boolean flagship, SplittableRandom random) {
        Object[] table = switch (this) {
            case GENERAL ->
                county
                        ? (flagship
                                ? new Object[] {
                                    "三级", .04, "三级乙等", .08, "二级甲等", .58, "二级乙等", .12, "二级", .10, "一级", .04, "未定级", .04
                                }
                                : new Object[] {"二级甲等", .10, "二级乙等", .10, "二级", .22, "一级甲等", .14, "一级", .18, "未定级", .26
                                })
                        : (flagship
                                ? new Object[] {"三级甲等", .80, "三级乙等", .12, "二级甲等", .08}
                                : new Object[] {
                                    "三级甲等", .28, "三级乙等", .14, "三级", .06, "二级甲等", .30, "二级", .12, "一级", .05, "未定级", .05
                                });
            case CHINESE_MEDICINE ->
                county
                        ? new Object[] {"三级", .03, "二级甲等", .45, "二级乙等", .12, "二级", .12, "一级", .13, "未定级", .15}
                        : new Object[] {"三级甲等", .50, "三级乙等", .15, "二级甲等", .25, "二级", .10};
            case MATERNAL_CHILD ->
                county
                        ? new Object[] {"二级甲等", .35, "二级", .30, "一级", .15, "未定级", .20}
                        : new Object[] {"三级甲等", .15, "三级", .15, "二级甲等", .55, "二级", .15};
            case INTEGRATED -> new Object[] {"三级", .10, "二级甲等", .35, "二级", .25, "一级", .15, "未定级", .15};
            case CHILDREN, CANCER -> new Object[] {"三级甲等", .50, "三级", .20, "二级甲等", .20, "二级", .10};
            case SPECIALTY, ORTHOPAEDIC -> new Object[] {"三级", .15, "二级甲等", .30, "二级", .25, "一级", .15, "未定级", .15};
        };
        double r = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < table.length; i += 2) {
            sum += (double) table[i + 1];
            if (r < sum) {
                return (String) table[i];
            }
        }
        return (String) table[table.length - 2];
    }
}
