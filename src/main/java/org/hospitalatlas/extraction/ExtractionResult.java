package org.hospitalatlas.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the extractor read from one document. {@code publishedOn} is the date used to resolve
 * 今年/去年 (from the metadata, else a dateline in the text, else null).
 */
public record ExtractionResult(
        LocalDate publishedOn,
        List<HospitalFact> hospitals,
        List<IndicatorFact> indicators,
        List<PilotFact> pilots,
        List<ConsortiumFact> consortia) {}
