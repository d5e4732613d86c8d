package org.hospitalatlas.extraction;

import java.util.BitSet;

/**
 * Reads, from the text of a {@code java.util.regex} pattern, the characters its matches can start with, whether it
 * may match nothing and whether every alternative opens with ^ ({@link StartChars} uses it). Knows the subset of the
 * syntax the extractor's patterns use: literals, classes without nesting, {@code \s \d \w}, groups of every kind
 * (lookarounds match nothing), quantifiers; a negated class or {@code .} may start with anything; back references,
 * {@code \p} and the like throw.
 */
final class StartCharsReader {

    /** What may start a match of a piece of pattern, and whether the piece may match nothing. */
    static final class First {
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

    private final String p;
    private int i;

    private StartCharsReader(String p) {
        this.p = p;
    }

    /** What may start a match of {@code pattern}; throws IllegalArgumentException on a construct it does not know. */
    static First read(String pattern) {
        return new StartCharsReader(pattern).pattern();
    }

    private First pattern() {
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
