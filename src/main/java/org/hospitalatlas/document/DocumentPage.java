package org.hospitalatlas.document;

import java.util.List;

/** One page of documents and the total. */
public record DocumentPage(List<DocumentSummary> items, long total) {}
