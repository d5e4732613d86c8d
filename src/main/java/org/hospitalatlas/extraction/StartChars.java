package org.hospitalatlas.extraction;

import java.util.Arrays;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a pattern's matches can start with, read from the pattern itself, so that a search tries the pattern
 * only at offsets holding one of them (only at offset 0 when every alternative opens with ^). {@code java.util.regex}
 * tries every alternative at every offset: over a whole text, an alternation of twenty words costs twenty comparisons
 * per character. The answers are those of {@link Matcher#find()}: each offset is tried with the same matcher, bounds
 * transparent (lookbehinds see the text before it) and not anchoring (^ is the text's start). A pattern whose start
 * characters cannot be read (a negated class, {@code .}, flags, a match that may be empty) is searched as before.
 * Read from the pattern ({@link StartCharsReader}), not written beside it, so that a rule edited later keeps its gate
 * right; StartCharsTest checks every pattern of the package against {@link Matcher#find()} over the corpus.
 */
final class StartChars {

    private final Pattern pattern;
    /** A bit per BMP character that may start a match, null when any may (a bare array: BitSet.get is 5x slower). */
    private final long[] starts;
    /** Every match starts at the text's start (each alternative opens with ^): only offset 0 is tried. */
    private final boolean anchored;

    private StartChars(Pattern pattern, BitSet starts, boolean anchored) {
        this.pattern = pattern;
        this.starts = starts == null ? null : Arrays.copyOf(starts.toLongArray(), 1 << 10);
        this.anchored = anchored;
    }

    static StartChars of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return new StartChars(pattern, null, false); // ^ of MULTILINE, case folding: not read here
        }
        try {
            StartCharsReader.First first = StartCharsReader.read(pattern.pattern());
            if (first.nullable) {
                return new StartChars(pattern, null, false);
            }
            return new StartChars(pattern, first.any ? null : first.chars, first.anchored);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new StartChars(pattern, null, false); // a construct this reader does not know: no gate
        }
    }

    /** Whether only some offsets are tried (else every offset is, as before). */
    boolean isGated() {
        return starts != null || anchored;
    }

    /** {@code pattern.matcher(text).find()}. */
    boolean foundIn(String text) {
        return find(pattern.matcher(text), text, 0);
    }

    /**
     * Like {@code matcher.find(from)} for a matcher of this pattern over {@code text}, trying only the offsets that hold a
     * start character; on success the matcher holds the match (its start, end and groups). Leaves the matcher's bounds
     * transparent and not anchoring. A loop goes on from {@code matcher.end()}: a gated pattern never matches nothing.
     */
    boolean find(Matcher matcher, String text, int from) {
        if (anchored) {
            return from == 0
                    && matcher.useTransparentBounds(true)
                            .useAnchoringBounds(false)
                            .region(0, text.length())
                            .lookingAt();
        }
        if (starts == null) {
            return matcher.find(from);
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if ((starts[c >>> 6] & (1L << c)) != 0) {
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
