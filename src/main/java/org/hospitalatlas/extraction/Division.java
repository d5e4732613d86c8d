package org.hospitalatlas.extraction;

/**
 * One administrative division of China with its GB/T 2260 code (six digits). {@code shortName} is the name without
 * its suffix (湖南省 → 湖南, 恩施土家族苗族自治州 → 恩施), or empty where that would be ambiguous or too short.
 * {@code parentCode} is empty for provinces; the districts of 北京/天津/上海/重庆 and province-administered county-level
 * cities (仙桃市) have the province as parent.
 */
public record Division(String code, String name, String shortName, Level level, String parentCode) {

    public enum Level {
        PROVINCE,
        CITY,
        COUNTY
    }
}
