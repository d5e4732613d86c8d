package org.hospitalatlas.indicator;

import java.math.BigDecimal;

/** A figure read from a document, ready to be stored; refers to hospital and document by id. */
public record NewIndicatorValue(
        long hospitalId,
        String code,
        int year,
        String kind,
        BigDecimal value,
        String qualifier,
        boolean target,
        long documentId,
        int start,
        int end,
        String quote,
        BigDecimal confidence) {}
