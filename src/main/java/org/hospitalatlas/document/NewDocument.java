package org.hospitalatlas.document;

import java.time.LocalDate;

/**
 * A document to import. {@code slug} may be null (one is derived from the text's hash); {@code publishedOn}
 * may be null (a dateline in the text is used, if any).
 */
public record NewDocument(
        String slug, String title, String publisher, LocalDate publishedOn, String originUrl, String text) {}
