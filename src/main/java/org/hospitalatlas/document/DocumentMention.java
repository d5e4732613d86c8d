package org.hospitalatlas.document;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A document that names the hospital; {@code main} when the hospital is its subject. */
public record DocumentMention(
        @Schema(example = "000_dbe0950c11f56caa") String slug, String title, LocalDate publishedOn, boolean main) {}
