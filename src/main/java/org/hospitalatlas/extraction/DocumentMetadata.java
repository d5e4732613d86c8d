package org.hospitalatlas.extraction;

import java.time.LocalDate;

/** What is known about a document besides its text; every field may be null. */
public record DocumentMetadata(String title, String publisher, LocalDate publishedOn) {

    public static DocumentMetadata none() {
        return new DocumentMetadata(null, null, null);
    }
}
