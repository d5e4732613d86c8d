package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.HospitalDirectory.Mention;

/**
 * The hospital a document speaks for ({@link HospitalDirectory}): declared by its title, publisher, a header line, a
 * profile's opening or the sign-off, else the one named most often.
 */
final class MainHospital {

    private static final int HEADER_LINES = 8;
    private static final int SIGN_OFF_LINES = 3;
    private static final int MAX_SIGN_OFF_LENGTH = 40;
    /** What may share a header or sign-off line with the name: brackets, 供稿/编/印发, a date. */
    private static final Pattern LINE_DECORATION = Pattern.compile(
            "[\\s　（()）【】\\[\\]“”\"：:，,。.·\\-—]|供稿|来源|编印|印发|主办|办公室|党委|宣传部|欢迎访问|欢迎来到|欢迎您|官方网站|官网|"
                    + "(?:19|20)[0-9]{2}\\s*年(?:\\s*[0-9]{1,2}\\s*月)?(?:\\s*[0-9]{1,2}\\s*日)?|(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}");

    /** "X是一所…", "X始建于…", "X位于…": a profile opens with the hospital it describes. */
    private static final Pattern PROFILE_OPENING = Pattern.compile(
            "^\\s*(?:（[^）]{0,12}）|\\([^)]{0,12}\\))?\\s*(?:是一所|是一家|是集|始建于|创建于|创办于|建于|成立于|位于|坐落于|坐落在|前身)");

    private final String text;
    private final TextSegmenter segments;
    private final DocumentMentions mentions;
    /** Hospitals the document says were merged into another: never the main one. */
    private final Set<String> absorbed;

    MainHospital(String text, TextSegmenter segments, DocumentMentions mentions, Set<String> absorbed) {
        this.text = text;
        this.segments = segments;
        this.mentions = mentions;
        this.absorbed = absorbed;
    }

    /**
     * The hospital the document speaks for (我院, 医院): the one its title or publisher names, else the one standing
     * alone on a header line or in the closing sign-off ("（X供稿）", "X 2023年12月28日"), else the one named most
     * often — never one the document says was absorbed into another.
     */
    String choose(DocumentMetadata metadata) {
        String declaredMain = declared(metadata);
        if (declaredMain != null) {
            return declaredMain;
        }
        String best = null;
        int bestCount = 0;
        Set<String> partners = partnersOfOwnHospital();
        for (Map.Entry<String, Set<String>> e : mentions.surfacesByName().entrySet()) {
            int n = mentions.count(e.getKey());
            if (!HospitalNames.isGroup(e.getKey())
                    && !absorbed.contains(e.getKey())
                    && !partners.contains(e.getKey())
                    && n > bestCount) {
                best = e.getKey();
                bestCount = n;
            }
        }
        return best;
    }

    /** The main hospital the document declares (title, publisher, header, profile, sign-off), or null. */
    String declared(DocumentMetadata metadata) {
        if (metadata != null) {
            for (String field : new String[] {metadata.title(), metadata.publisher()}) {
                if (field != null && OWN_WORD.matcher(field).find()) {
                    continue; // "我院与B签订…协议": the title names the other party, not the publisher
                }
                String named = namedIn(field);
                if (named != null) {
                    return named;
                }
            }
        }
        String credited = creditedAtTop();
        if (credited != null) {
            return credited;
        }
        String header = standingAloneOnLine(headerLines());
        if (header != null) {
            return header;
        }
        String profiled = profiledAtOpening();
        if (profiled != null) {
            return profiled;
        }
        // a bulletin of several articles signs each one off: the last sign-off speaks for the document only if alone
        String signOff = standingAloneOnLine(signOffLines());
        if (signOff == null) {
            return null;
        }
        for (int[] line : allLines()) {
            String other = standingAloneOnLine(List.<int[]>of(line));
            if (other != null && !other.equals(signOff)) {
                return null;
            }
        }
        return signOff;
    }

    private static final Pattern OWN_WORD = Pattern.compile("我院|本院");

    private static final Pattern OWN_BEFORE = Pattern.compile("(?:我院|本院)(?:与|和|同|携手)$");
    private static final Pattern OWN_AFTER = Pattern.compile("^(?:与|和|同)(?:我院|本院)");

    /** "我院与B签订…", "B与我院…": B is the other party, never the hospital that writes 我院. */
    private Set<String> partnersOfOwnHospital() {
        Set<String> partners = new HashSet<>();
        for (Mention m : mentions.all()) {
            String before = text.substring(Math.max(0, m.start() - 4), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
            if (OWN_BEFORE.matcher(before).find() || OWN_AFTER.matcher(after).find()) {
                partners.add(m.name());
            }
        }
        return partners;
    }

    /** "来源:X 作者:X": a credit near the top names the hospital that publishes the page. */
    private static final Pattern CREDIT = Pattern.compile("(?:来源|作者|供稿|稿源|发布单位|发布者|信息来源)\\s*[:：]\\s*$");

    private static final int CREDIT_REACH = 300;

    /** The first hospital a credit names within the first lines, or null. */
    private String creditedAtTop() {
        for (Mention m : mentions.in(0, Math.min(text.length(), CREDIT_REACH))) {
            String before = text.substring(Math.max(0, m.start() - 8), m.start());
            if (!m.group()
                    && !absorbed.contains(m.name())
                    && CREDIT.matcher(before).find()) {
                return m.name();
            }
        }
        return null;
    }

    /** The hospital the document's first sentence opens with, when that sentence describes it (a profile). */
    private String profiledAtOpening() {
        List<TextSegmenter.Span> sentences = segments.sentences();
        if (sentences.isEmpty()) {
            return null;
        }
        TextSegmenter.Span first = sentences.get(0);
        for (Mention m : mentions.in(first.start(), first.end())) {
            if (m.group() || m.start() - first.start() > 2) {
                return null;
            }
            Matcher opening = PROFILE_OPENING.matcher(text).region(m.end(), first.end());
            return opening.lookingAt() ? m.name() : null;
        }
        return null;
    }

    private String namedIn(String field) {
        if (field == null) {
            return null;
        }
        for (Map.Entry<String, Set<String>> e : mentions.surfacesByName().entrySet()) {
            for (String s : e.getValue()) {
                if (field.contains(s) && !HospitalNames.isGroup(e.getKey())) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private List<int[]> headerLines() {
        List<int[]> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length() && lines.size() < HEADER_LINES) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            if (!text.substring(from, end).isBlank()) {
                lines.add(new int[] {from, end});
            }
            from = end + 1;
        }
        return lines;
    }

    private List<int[]> allLines() {
        List<int[]> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            if (end - from <= MAX_SIGN_OFF_LENGTH && !text.substring(from, end).isBlank()) {
                lines.add(new int[] {from, end});
            }
            from = end + 1;
        }
        return lines;
    }

    private List<int[]> signOffLines() {
        List<int[]> lines = new ArrayList<>();
        int end = text.length();
        while (end > 0 && lines.size() < SIGN_OFF_LINES) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            if (!text.substring(start, end).isBlank()) {
                lines.add(new int[] {start, end});
            }
            end = start - 1;
        }
        return lines;
    }

    /** A hospital whose name is all a line says, apart from brackets, 供稿 and a date. */
    private String standingAloneOnLine(List<int[]> lines) {
        for (int[] line : lines) {
            List<Mention> inLine = mentions.in(line[0], line[1]);
            if (inLine.size() != 1
                    || inLine.get(0).group()
                    || absorbed.contains(inLine.get(0).name())) {
                continue;
            }
            Mention m = inLine.get(0);
            String rest = text.substring(line[0], m.start()) + text.substring(m.end(), line[1]);
            if (LINE_DECORATION.matcher(rest).replaceAll("").isEmpty()) {
                return m.name();
            }
        }
        return null;
    }
}
