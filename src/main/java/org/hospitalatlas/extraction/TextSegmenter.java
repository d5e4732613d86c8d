package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into paragraphs, sentences and clauses, keeping offsets into the original text. Lines that a PDF
 * extraction broke in the middle of a sentence (a long line without closing punctuation, or one ending in a comma)
 * are joined with the next line; short unpunctuated lines are headings and stand alone.
 */
final class TextSegmenter {

    /** Longest line that may still be a heading rather than a sentence broken by the layout. */
    private static final int HEADING_MAX_LENGTH = 32;

    /**
     * Longest paragraph, sentence and clause read as one. The longest in the real corpus are about 730, 260 and 260
     * characters; a text without punctuation is cut at these lengths (at a space or lesser mark when there is one
     * near the end), so the work per span is bounded and reading stays linear in the length of any input.
     */
    static final int MAX_PARAGRAPH = 4000;

    static final int MAX_SENTENCE = 600;
    static final int MAX_CLAUSE = 300;

    record Span(int start, int end) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private final String text;
    private final List<Span> paragraphs = new ArrayList<>();
    private final List<Boolean> headings = new ArrayList<>();
    private final List<Span> sentences = new ArrayList<>();
    private final List<Span> clauses = new ArrayList<>();

    TextSegmenter(String text) {
        this.text = text;
        splitParagraphs();
        for (Span p : paragraphs) {
            splitInto(p, sentences, "。！？!?；;", MAX_SENTENCE);
        }
        for (Span s : sentences) {
            splitInto(s, clauses, "。！？!?；;，,：:", MAX_CLAUSE);
        }
    }

    List<Span> paragraphs() {
        return paragraphs;
    }

    List<Span> sentences() {
        return sentences;
    }

    boolean isHeading(int paragraphIndex) {
        return headings.get(paragraphIndex);
    }

    int paragraphIndexOf(int offset) {
        return indexOf(paragraphs, offset);
    }

    /** The index in {@link #sentences()} of the sentence holding {@code offset}, or -1. */
    int sentenceIndexOf(int offset) {
        return indexOf(sentences, offset);
    }

    Span paragraphOf(int offset) {
        int i = indexOf(paragraphs, offset);
        return i < 0 ? new Span(offset, offset) : paragraphs.get(i);
    }

    Span sentenceOf(int offset) {
        int i = indexOf(sentences, offset);
        return i < 0 ? paragraphOf(offset) : sentences.get(i);
    }

    Span clauseOf(int offset) {
        int i = indexOf(clauses, offset);
        return i < 0 ? sentenceOf(offset) : clauses.get(i);
    }

    /** The span trimmed of surrounding whitespace, never empty-inverted. */
    Span trim(int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private void splitParagraphs() {
        int n = text.length();
        int pos = 0;
        int paragraphStart = -1;
        int lastEnd = -1;
        while (pos <= n) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            Span line = trim(pos, lineEnd);
            if (line.end() > line.start()) {
                if (paragraphStart < 0) {
                    paragraphStart = line.start();
                }
                lastEnd = line.end();
                boolean single = paragraphStart == line.start();
                int length = line.end() - line.start();
                char last = text.charAt(line.end() - 1);
                boolean closes = closesSentence(line.end());
                boolean continues = last == '，' || last == ',' || last == '、' || last == '：' || last == ':';
                boolean heading = single && !closes && !continues && length <= HEADING_MAX_LENGTH;
                boolean nextOpensOnTheHospital = !closes && !continues && opensOnTheHospital(lineEnd, last);
                if (closes || heading || (!continues && length <= HEADING_MAX_LENGTH) || nextOpensOnTheHospital) {
                    addParagraph(paragraphStart, lastEnd, heading);
                    paragraphStart = -1;
                }
            }
            pos = lineEnd + 1;
        }
        if (paragraphStart >= 0) {
            addParagraph(paragraphStart, lastEnd, false);
        }
    }

    /**
     * "…示范单位\n医院占地235亩": a paragraph that lacks its final stop, followed by a line that opens on the hospital
     * as a new subject (医院, 该院, 我院, 全院, 本院), ends there; a line a layout broke inside a name ("…县人民\n医院")
     * does not, as its last character could start that name.
     */
    private boolean opensOnTheHospital(int lineEnd, char last) {
        if (lineEnd >= text.length() || NAME_TAIL.indexOf(last) >= 0) {
            return false;
        }
        int next = lineEnd + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        for (String subject : HOSPITAL_SUBJECTS) {
            if (text.startsWith(subject, next)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] HOSPITAL_SUBJECTS = {"医院", "该院", "我院", "全院", "本院"};
    /** Characters that may stand right before 医院 inside a name. */
    private static final String NAME_TAIL = "民心属区县市州省盟旗科儿妇幼中附一二三四五六七八九十第大医总分专院";

    private void addParagraph(int start, int end, boolean heading) {
        while (end - start > MAX_PARAGRAPH) {
            int cut = cutBefore(start, start + MAX_PARAGRAPH, "。！？!?；;\n");
            paragraphs.add(trim(start, cut));
            headings.add(false);
            start = trim(cut, end).start();
        }
        paragraphs.add(new Span(start, end));
        headings.add(heading);
    }

    /**
     * Where to cut a span that runs past its longest length at {@code limit}: just after the last of the given marks,
     * else the last space or enumeration comma, in the last quarter before the limit; else at the limit itself.
     */
    private int cutBefore(int start, int limit, String marks) {
        int floor = limit - (limit - start) / 4;
        for (String set : new String[] {marks, " \u3000\t、"}) {
            for (int i = limit - 1; i >= floor; i--) {
                if (set.indexOf(text.charAt(i)) >= 0) {
                    return i + 1;
                }
            }
        }
        return limit;
    }

    private boolean closesSentence(int end) {
        char last = text.charAt(end - 1);
        if ("。！？!?；;…）)】".indexOf(last) >= 0) {
            return true;
        }
        if ((last == '”' || last == '"' || last == '」') && end >= 2) {
            return "。！？!?".indexOf(text.charAt(end - 2)) >= 0;
        }
        return false;
    }

    private void splitInto(Span parent, List<Span> out, String delimiters, int maxLength) {
        int start = parent.start();
        for (int i = parent.start(); i < parent.end(); i++) {
            if (delimiters.indexOf(text.charAt(i)) >= 0 || isHanFullStop(i)) {
                addTrimmed(out, start, i + 1);
                start = i + 1;
            } else if (i + 1 - start > maxLength) {
                int cut = cutBefore(start, i, "");
                addTrimmed(out, start, cut);
                start = cut;
            }
        }
        addTrimmed(out, start, parent.end());
    }

    /** "手术总例数9775例.全院职工1830人": an ASCII full stop after a word (not in 9.04, www.a.cn or No.1) ends a sentence. */
    private boolean isHanFullStop(int i) {
        if (text.charAt(i) != '.' || i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return (HospitalNames.isHan(before) || "）)”\"".indexOf(before) >= 0)
                && !(after < 128 && Character.isLetterOrDigit(after));
    }

    private void addTrimmed(List<Span> out, int start, int end) {
        Span s = trim(start, end);
        if (s.end() > s.start()) {
            out.add(s);
        }
    }

    private static int indexOf(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
