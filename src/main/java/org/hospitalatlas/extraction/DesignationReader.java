package org.hospitalatlas.extraction;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how a pilot designation was made from the sentence that states it (for a list whose sentence does not name
 * the designation, from the sentence before it in the same paragraph): the designating body ("被国家卫生健康委确定为", "省医改办公布"), the document number ("国卫办医函〔2019〕
 * 123号"), the batch ("第二批", "首批") and the date ("2019年12月"). The body and the document number nearest the
 * designation's name are taken; a date only when its year is the designation's year.
 */
final class DesignationReader {

    /** A government body, as written after its place (国家, 省, 湖南省): commissions, bureaus, offices, governments. */
    private static final Pattern BODY = Pattern.compile("(?:国家|国务院|全国)?(?:卫生健康委员会|卫生健康委|卫健委"
            + "|卫生和计划生育委员会|卫生计生委|卫计委|卫生部|卫生厅|卫生局|中医药管理局|中医药局|医疗保障局|医保局"
            + "|发展和改革委员会|发展改革委|发改委|财政部|财政厅|财政局|人力资源(?:和)?社会保障(?:部|厅|局)|人社部|人社厅|人社局"
            + "|深化医药卫生体制改革领导小组(?:办公室)?|医改领导小组(?:办公室)?|医改办(?:公室)?"
            + "|人民政府(?:办公厅|办公室)?|政府办公厅|办公厅)");
    /** The words a place may take before a body without a name: 省卫健委, 市医保局, 自治区卫生健康委. */
    private static final Pattern BARE_PLACE = Pattern.compile("(?:自治区|省|市|县|区|州|盟|旗)$");

    private static final Pattern JOINED_BODY = Pattern.compile("^[、和及与]");
    /** "国卫办医函〔2019〕123号", "粤卫函[2019]319号", "黔医改办发〔2022〕3号". */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<issuer>[\\u4e00-\\u9fa5]{1,12})\\s*[〔\\[［【(（]\\s*(?<year>(?:19|20)\\d{2})\\s*[〕\\]］】)）]\\s*"
                    + "(?<n>\\d{1,5})\\s*号");
    /** Words that may open the text before an issuer's code: "根据国卫医发〔2014〕48号", "按照…要求". */
    private static final Pattern ISSUER_LEAD =
            Pattern.compile("^(?:.*(?:根据|按照|依据|依照|参照|对照|通过|经过|印发|下发|发布|公布|文件|通知|方案|意见|要求|精神|规定|并|及|和|与|的|经|据|按|以))");

    private static final Pattern BATCH = Pattern.compile("首批|第(?<n>[一二三四五六七八九十]{1,3}|\\d{1,2})批");
    private static final Pattern DATE = Pattern.compile(
            "(?<y>(?:19|20)\\d{2})\\s*年\\s*(?:(?<m>1[0-2]|0?[1-9])\\s*月\\s*(?:(?<d>3[01]|[12]\\d|0?[1-9])\\s*日)?)?");

    private static final Pattern RANGE = Pattern.compile("\\s*(?:—|–|-|~|～|至|到)");

    private final AdministrativeDivisions divisions;

    DesignationReader(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    List<PilotFact> describe(List<PilotFact> pilots, String text, TextSegmenter segments) {
        List<PilotFact> out = new ArrayList<>(pilots.size());
        // the hospitals of one list share their designating sentences: their places are found once
        Map<Long, List<AdministrativeDivisions.Match>> places = new HashMap<>();
        for (PilotFact p : pilots) {
            Cancellation.check();
            out.add(p.evidence() == null ? p : p.withDesignation(read(p, text, segments, places)));
        }
        return out;
    }

    private Designation read(
            PilotFact p, String text, TextSegmenter segments, Map<Long, List<AdministrativeDivisions.Match>> places) {
        TextSegmenter.Span first = segments.sentenceOf(p.evidence().start());
        TextSegmenter.Span last =
                segments.sentenceOf(Math.max(p.evidence().start(), p.evidence().end() - 1));
        int to = Math.max(last.end(), p.evidence().end());
        int from = first.start();
        int anchor = anchor(p, text, from, to);
        if (anchor < 0) {
            // a list under its heading ("…试点医院名单如下：A、B"): the name and its body are in the sentence before
            TextSegmenter.Span paragraph = segments.paragraphOf(first.start());
            if (first.start() > paragraph.start()) {
                TextSegmenter.Span previous = segments.sentenceOf(first.start() - 1);
                if (previous.start() >= paragraph.start()) {
                    from = previous.start();
                }
            }
            anchor = anchor(p, text, from, to);
            if (anchor < 0) {
                anchor = p.evidence().start();
            }
        }
        int scopeStart = from;
        int scopeEnd = to;
        List<AdministrativeDivisions.Match> placesInScope = places.computeIfAbsent(
                ((long) scopeStart << 32) | scopeEnd, k -> divisions.findAll(text.substring(scopeStart, scopeEnd)));
        String body = body(text, from, to, anchor, placesInScope);
        String number = documentNumber(text, from, to, anchor);
        String batch = null;
        Integer batchNumber = null;
        Matcher b = BATCH.matcher(p.name());
        if (!b.find()) {
            TextSegmenter.Span clause = segments.clauseOf(anchor);
            // "确定为第二批“…试点医院”": the batch right before the name, in its clause
            b = BATCH.matcher(text).region(Math.max(clause.start(), anchor - 8), anchor);
            if (!b.find()) {
                b = null;
            }
        }
        if (b != null) {
            batch = b.group();
            batchNumber = b.group("n") == null ? Integer.valueOf(1) : batchNumber(b.group("n"));
        }
        ConsortiumFact.Established date = date(text, segments.sentenceOf(anchor), p.year());
        return new Designation(body, number, batch, batchNumber, date);
    }

    /** Where the designation's name stands in [from, to) (the occurrence nearest the evidence), or -1. */
    private static int anchor(PilotFact p, String text, int from, int to) {
        int best = -1;
        for (int at = text.indexOf(p.name(), from); at >= 0 && at < to; at = text.indexOf(p.name(), at + 1)) {
            if (best < 0
                    || Math.abs(at - p.evidence().start())
                            < Math.abs(best - p.evidence().start())) {
                best = at;
            }
        }
        return best;
    }

    /** The body nearest before the name ("被国家卫生健康委确定为…"), else the first after it in the same scope. */
    private static String body(String text, int from, int to, int anchor, List<AdministrativeDivisions.Match> places) {
        String before = null;
        String after = null;
        Matcher m = BODY.matcher(text).region(from, to);
        int skipTo = -1;
        while (m.find()) {
            if (m.start() < skipTo) {
                continue;
            }
            int start = placeStart(text, from, m.start(), places);
            if (start < 0) {
                continue; // a bare 办公厅 or 人民政府 without a place or 国家: not named
            }
            int end = m.end();
            // "国家卫生健康委、国家中医药局": bodies named together
            while (true) {
                Matcher joined = JOINED_BODY.matcher(text).region(end, to);
                if (!joined.find()) {
                    break;
                }
                Matcher next = BODY.matcher(text).region(joined.end(), to);
                if (!next.find()) {
                    break;
                }
                int nextStart = placeStart(text, from, next.start(), places);
                if (nextStart != joined.end()) {
                    break;
                }
                end = next.end();
            }
            skipTo = end;
            String named = text.substring(start, end);
            if (start <= anchor) {
                before = named;
            } else if (after == null) {
                after = named;
            }
        }
        return before != null ? before : after;
    }

    /**
     * Where the body that ends its match at {@code bodyStart} begins: at 国家 inside the match, at the place right
     * before it (湖南省卫健委, 省卫健委), or -1 when it names no place.
     */
    private static int placeStart(String text, int from, int bodyStart, List<AdministrativeDivisions.Match> places) {
        String head = text.substring(bodyStart, Math.min(text.length(), bodyStart + 3));
        if (head.startsWith("国家") || head.startsWith("国务院") || head.startsWith("全国")) {
            return bodyStart;
        }
        Matcher body = BODY.matcher(text).region(bodyStart, text.length());
        if (body.lookingAt() && body.group().endsWith("部")) {
            return bodyStart; // 财政部, 人力资源社会保障部: a ministry is national by its name
        }
        for (AdministrativeDivisions.Match place : places) {
            if (from + place.end() == bodyStart) {
                return from + place.start();
            }
        }
        String before = text.substring(Math.max(from, bodyStart - 3), bodyStart);
        Matcher bare = BARE_PLACE.matcher(before);
        if (bare.find()) {
            return bodyStart - bare.group().length();
        }
        return -1;
    }

    /** The document number nearest the name, with the issuer's code cut of the words before it. */
    private static String documentNumber(String text, int from, int to, int anchor) {
        String scope = text.substring(from, to);
        if (scope.indexOf('号') < 0) {
            return null; // every document number ends with 号; the pattern is costly to try everywhere
        }
        Matcher m = DOCUMENT_NUMBER.matcher(text).region(from, to);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            String issuer = m.group("issuer");
            Matcher lead = ISSUER_LEAD.matcher(issuer);
            int cut = lead.find() ? lead.end() : 0;
            if (issuer.length() - cut < 2) {
                continue; // "〔2019〕3号" with no issuer code
            }
            int start = m.start("issuer") + cut;
            int distance = start <= anchor ? anchor - m.end() : start - anchor;
            if (Math.abs(distance) < bestDistance) {
                bestDistance = Math.abs(distance);
                best = text.substring(start, m.end());
            }
        }
        return best;
    }

    /** A date in the designating sentence whose year is the designation's year, as precise as it is written. */
    private static ConsortiumFact.Established date(String text, TextSegmenter.Span sentence, Integer year) {
        if (year == null) {
            return null;
        }
        Matcher m = DATE.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (Integer.parseInt(m.group("y")) != year
                    || RANGE.matcher(text).region(m.end(), sentence.end()).lookingAt()) {
                continue; // another year, or a period ("2021年1月—12月") rather than a day of designation
            }
            if (m.group("m") == null) {
                return new ConsortiumFact.Established(year, null, null, "year");
            }
            int month = Integer.parseInt(m.group("m"));
            Integer day = m.group("d") == null ? null : Integer.valueOf(m.group("d"));
            if (day != null && !YearMonth.of(year, month).isValidDay(day)) {
                day = null; // "2019年2月30日": the month is still known
            }
            return new ConsortiumFact.Established(year, month, day, day == null ? "month" : "day");
        }
        return null;
    }

    private static Integer batchNumber(String n) {
        if (Character.isDigit(n.charAt(0))) {
            return Integer.valueOf(n);
        }
        return ChineseNumberParser.parseChinese(n).map(v -> v.intValue()).orElse(null);
    }
}
