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
 * Read from the pattern, not written beside it, so that a rule edited later keeps its gate right; StartCharsTest
 * checks every pattern of the package against {@link Matcher#find()} over the corpus. (Past 300 lines: the reader of
 * the pattern syntax is what the class is.)
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
            First first = new Reader(pattern.pattern()).read();
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

    /** What may start a match of a piece of pattern, and whether the piece may match nothing. */
    private static final class First {
        final BitSet chars = new BitSet();
        boolean any;
        boolean nullable;
        /** Every way through it passes a ^ (so a match that uses it starts at offset 0). */
        boolean anchored;

        static First empty() {
            First f = new First();
            f.nullable = true;
            return f;
        }
    }

    /** Reads the subset of java.util.regex syntax the extractor's patterns use; anything else throws. */
    private static final class Reader {
        private final String p;
        private int i;

        Reader(String p) {
            this.p = p;
        }

        First read() {
            First f = alternation();
            if (i != p.length()) {
                throw new IllegalArgumentException("unbalanced )");
            }
            return f;
        }

        private First alternation() {
            First out = sequence();
            while (i < p.length() && p.charAt(i) == '|') {
                i++;
                First next = sequence();
                out.chars.or(next.chars);
                out.any |= next.any;
                out.nullable |= next.nullable;
                out.anchored &= next.anchored;
            }
            return out;
        }

        private First sequence() {
            First out = First.empty();
            while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
                First piece = quantified(atom());
                out.anchored |= piece.anchored;
                if (out.nullable) {
                    out.chars.or(piece.chars);
                    out.any |= piece.any;
                    out.nullable = piece.nullable;
                }
            }
            return out;
        }

        private First quantified(First atom) {
            if (i >= p.length()) {
                return atom;
            }
            char c = p.charAt(i);
            if (c == '?' || c == '*') {
                i++;
                atom.nullable = true;
                atom.anchored = false;
            } else if (c == '+') {
                i++;
            } else if (c == '{') {
                int close = p.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed {");
                }
                String least = p.substring(i + 1, close).split(",", -1)[0].trim();
                if (!least.matches("[0-9]+")) {
                    throw new IllegalArgumentException("quantifier " + p.substring(i, close + 1));
                }
                if (Integer.parseInt(least) == 0) {
                    atom.nullable = true;
                    atom.anchored = false;
                }
                i = close + 1;
            } else {
                return atom;
            }
            if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
                i++; // lazy or possessive: the same characters
            }
            return atom;
        }

        private First atom() {
            char c = p.charAt(i++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape();
                case '^':
                    First start = First.empty();
                    start.anchored = true;
                    return start;
                case '$':
                    return First.empty();
                case '.':
                    First any = new First();
                    any.any = true;
                    return any;
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new IllegalArgumentException("dangling quantifier");
                default:
                    First one = new First();
                    one.chars.set(c);
                    return one;
            }
        }

        private First group() {
            boolean zeroWidth = false;
            if (p.startsWith("?:", i) || p.startsWith("?>", i)) {
                i += 2;
            } else if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
                i += 2;
                zeroWidth = true;
            } else if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
                i += 3;
                zeroWidth = true;
            } else if (p.startsWith("?<", i)) {
                int close = p.indexOf('>', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed group name");
                }
                i = close + 1;
            } else if (i < p.length() && p.charAt(i) == '?') {
                throw new IllegalArgumentException("flags or unknown group");
            }
            First inner = alternation();
            if (i >= p.length() || p.charAt(i) != ')') {
                throw new IllegalArgumentException("unclosed (");
            }
            i++;
            return zeroWidth ? First.empty() : inner;
        }

        private First charClass() {
            First out = new First();
            if (i < p.length() && p.charAt(i) == '^') {
                out.any = true; // a negated class: nearly every character
                i++;
            }
            if (i < p.length() && p.charAt(i) == ']') {
                throw new IllegalArgumentException("empty class");
            }
            while (i < p.length() && p.charAt(i) != ']') {
                char c = p.charAt(i);
                if (c == '[' || p.startsWith("&&", i)) {
                    throw new IllegalArgumentException("nested class");
                }
                int low;
                if (c == '\\') {
                    i++;
                    BitSet set = classEscape();
                    if (set != null) {
                        out.chars.or(set);
                        continue;
                    }
                    low = escapedChar();
                } else {
                    low = c;
                    i++;
                }
                if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                    i++;
                    int high;
                    if (p.charAt(i) == '\\') {
                        i++;
                        if (classEscape() != null) {
                            throw new IllegalArgumentException("range to a class");
                        }
                        high = escapedChar();
                    } else {
                        high = p.charAt(i++);
                    }
                    if (high < low) {
                        throw new IllegalArgumentException("reversed range");
                    }
                    out.chars.set(low, high + 1);
                } else {
                    out.chars.set(low);
                }
            }
            if (i >= p.length()) {
                throw new IllegalArgumentException("unclosed [");
            }
            i++;
            return out;
        }

        private First escape() {
            char c = p.charAt(i);
            if ("bBAzZG".indexOf(c) >= 0) {
                i++;
                return First.empty();
            }
            First out = new First();
            BitSet set = classEscape();
            if (set != null) {
                out.chars.or(set);
            } else {
                out.chars.set(escapedChar());
            }
            return out;
        }

        /** \s, \d, \w (ASCII, the default): their characters, consumed; null for any other escape (not consumed). */
        private BitSet classEscape() {
            BitSet set = new BitSet();
            switch (p.charAt(i)) {
                case 's':
                    " \t\n\u000B\f\r".chars().forEach(set::set);
                    break;
                case 'd':
                    set.set('0', '9' + 1);
                    break;
                case 'w':
                    set.set('0', '9' + 1);
                    set.set('a', 'z' + 1);
                    set.set('A', 'Z' + 1);
                    set.set('_');
                    break;
                default:
                    return null;
            }
            i++;
            return set;
        }

        /** One escaped character: \\uXXXX, \\xXX, \\t \\n \\r \\f, or punctuation taken literally. */
        private int escapedChar() {
            char c = p.charAt(i++);
            switch (c) {
                case 'u':
                    i += 4;
                    return Integer.parseInt(p.substring(i - 4, i), 16);
                case 'x':
                    i += 2;
                    return Integer.parseInt(p.substring(i - 2, i), 16);
                case 't':
                    return '\t';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 'f':
                    return '\f';
                default:
                    if (Character.isLetterOrDigit(c)) {
                        throw new IllegalArgumentException("escape \\" + c);
                    }
                    return c;
            }
        }
    }
}
