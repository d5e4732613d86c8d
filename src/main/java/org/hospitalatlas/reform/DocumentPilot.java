package org.hospitalatlas.reform;

import org.hospitalatlas.shared.Span;

/** A reform pilot as one document's details show it: the hospital, the designation and where in the text it is. */
public record DocumentPilot(
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
