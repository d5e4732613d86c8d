package org.hospitalatlas.extraction;

/** Where a fact was read: {@code quote} is exactly {@code text.substring(start, end)} of the document. */
public record Evidence(int start, int end, String quote) {

    public static Evidence of(String text, int start, int end) {
        return new Evidence(start, end, text.substring(start, end));
    }
}
