package org.hospitalatlas.document;

/** What an import did: created a document, found the same text already there, or replaced a changed one. */
public record ImportOutcome(Status status, DocumentSummary document) {

    public enum Status {
        CREATED,
        UNCHANGED,
        REPLACED
    }
}
