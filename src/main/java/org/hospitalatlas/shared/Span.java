package org.hospitalatlas.shared;

/**
 * Where in one document's text a fact was read, when the document is the one asked for: {@code quote} is exactly
 * {@code text.substring(start, end)}.
 */
public record Span(int start, int end, String quote) {}
