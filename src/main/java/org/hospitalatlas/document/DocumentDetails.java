package org.hospitalatlas.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A document with its text and every fact read from it, each with its evidence span. */
public record DocumentDetails(
        DocumentSummary document,
        String text,
        List<IndicatorRow> indicators,
        List<PilotRow> pilots,
        List<ConsortiumRow> consortia) {

    /** {@code quote} is exactly {@code text.substring(start, end)}. */
    public record Span(int start, int end, String quote) {}

    public record IndicatorRow(
            String hospitalSlug,
            String hospital,
            String code,
            int year,
            String kind,
            BigDecimal value,
            String unit,
            String qualifier,
            boolean target,
            double confidence,
            Span evidence) {}

    public record PilotRow(
            String hospitalSlug,
            String hospital,
            String designation,
            String level,
            String category,
            Integer year,
            String designatedBy,
            String documentNumber,
            String batch,
            Integer batchNumber,
            String designatedOn,
            double confidence,
            Span evidence) {}

    public record ConsortiumRow(
            String slug,
            String name,
            String type,
            LocalDate establishedOn,
            String establishedPrecision,
            double confidence,
            Span evidence) {}
}
