package org.hospitalatlas.extraction;

import java.math.BigDecimal;

/**
 * A number as written, with its multiplier already applied ({@code 248.4万} → 2484000, {@code 37.4亿元} →
 * 3740000000 with unit 元). {@code unit} is the surface unit after the multiplier (人次, 张, 元, %, m², 亩 …) or null
 * when none follows. {@code start}/{@code end} cover number, multiplier, unit and any suffix qualifier (余, 以内).
 * {@code yoySign} is +1/-1 when the figure is a year-on-year change (同比增长/下降), else 0.
 */
record Quantity(
        int start,
        int numberStart,
        int end,
        BigDecimal value,
        String unit,
        Qualifier qualifier,
        int yoySign,
        boolean previousValue) {

    boolean isYoy() {
        return yoySign != 0;
    }

    boolean isPercent() {
        return "%".equals(unit);
    }
}
