package org.hospitalatlas.extraction;

import java.math.BigDecimal;

/**
 * One figure of a catalogue indicator. {@code kind} is "level" or "yoy_change_pct"; {@code qualifier}
 * one of exact/approx/at_most/at_least; {@code unit} the catalogue unit after conversion (万/亿 applied,
 * 万元 → CNY). {@code target} marks plans and goals, which comparisons leave out. {@code year} may be
 * null when the document gives no way to tell it.
 */
public record IndicatorFact(
        String hospital,
        String code,
        Integer year,
        String kind,
        BigDecimal value,
        String unit,
        String qualifier,
        boolean target,
        Evidence evidence,
        double confidence) {}
