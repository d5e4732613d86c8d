package org.hospitalatlas.consortium;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.hospitalatlas.shared.Span;

/** A consortium as the details of the document that named it first show it, with where in the text it is. */
@Schema(name = "ConsortiumRow") // the name the API document has given it
public record DocumentConsortium(
        String slug,
        String name,
        String type,
        LocalDate establishedOn,
        String establishedPrecision,
        double confidence,
        Span evidence) {}
