package org.hospitalatlas.document;

/**
 * The title of a document sent without one: its first line with words (a page number such as "1" or a rule of dashes
 * is passed over), as the seeds' manifest takes a report's headline. Capped, because a text without line breaks
 * would otherwise be its own title.
 */
final class DocumentTitle {

    /** Code points kept of a long first line, before the ellipsis. */
    static final int MAX_LENGTH = 100;

    private DocumentTitle() {}

    /** {@code given} when it has text, else the first non-blank line of {@code text}, else null. */
    static String orFirstLine(String given, String text) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        if (text == null) {
            return null;
        }
        for (String line : text.split("\\R")) {
            // strip() removes ideographic spaces (U+3000) too, but not a byte-order mark
            String trimmed = line.replace("\uFEFF", "").strip();
            if (trimmed.codePoints().anyMatch(Character::isLetter)) {
                return capped(trimmed);
            }
        }
        return null;
    }

    private static String capped(String line) {
        if (line.codePointCount(0, line.length()) <= MAX_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_LENGTH)).stripTrailing() + "…";
    }
}
