package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.hospitalatlas.shared.Span;

/** An indicator value as one document's details show it: the hospital, the figure and where in the text it is. */
@Schema(name = "IndicatorRow") // the name the API document has given it
public record DocumentFigure(
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
