package org.hospitalatlas.synthetic;

/**
 * One generated hospital. {@code cityCode} is the GB/T 2260 code of its prefecture-level city (or municipality),
 * {@code countyCode} that of its county when it is a county hospital, else null. {@code flagship} marks the
 * first general hospital of its city or county (第一人民医院, 县人民医院): it leads the local consortium.
 */
record SyntheticHospital(
        int index,
        String slug,
        String name,
        String province,
        String city,
        String district,
        String level,
        String category,
        int foundedYear,
        String cityCode,
        String countyCode,
        boolean flagship) {

    /** 0 三级甲等, 1 other 三级, 2 二级甲等, 3 other 二级, 4 一级 and 未定级: drives size and capability. */
    int tier() {
        if (level.startsWith("三级")) {
            return level.equals("三级甲等") ? 0 : 1;
        }
        if (level.startsWith("二级")) {
            return level.equals("二级甲等") ? 2 : 3;
        }
        return 4;
    }

    boolean countyLevel() {
        return countyCode != null;
    }
}
