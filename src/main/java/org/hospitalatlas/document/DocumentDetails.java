package org.hospitalatlas.document;

import java.util.List;
import org.hospitalatlas.consortium.DocumentConsortium;
import org.hospitalatlas.indicator.DocumentFigure;
import org.hospitalatlas.reform.DocumentPilot;

/** A document with its text and every fact read from it, each with its evidence span, as its module reads it. */
public record DocumentDetails(
        DocumentSummary document,
        String text,
        List<DocumentFigure> indicators,
        List<DocumentPilot> pilots,
        List<DocumentConsortium> consortia) {}
