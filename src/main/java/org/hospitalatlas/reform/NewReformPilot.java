package org.hospitalatlas.reform;

import java.math.BigDecimal;

/** A pilot designation read from a document, ready to be stored. */
public record NewReformPilot(
        long hospitalId,
        String designation,
        String level,
        String category,
        Integer year,
        long documentId,
        int start,
        int end,
        String quote,
        BigDecimal confidence) {}
