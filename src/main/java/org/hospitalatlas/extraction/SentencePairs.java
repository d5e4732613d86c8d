package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that names two hospitals of different tiers and something only partners do together, read by no rule
 * before ("A党委书记…和B院长…签订医联体合作协定", "…双方为山西省中医院合作医院授牌，并为阳曲县中医院…"): the body's
 * counterpart of {@link HeadlinePairs}, the larger hospital ({@link PairSides#byTier}) leading the smaller, with a low
 * confidence. Left alone: a sentence that also names the writer's own hospital (a third party), that is about a
 * visit, a meeting, training, research, a building, a department or a plan, or that lists who attended something other
 * than a signing or a plaque; two names of one list; a branch or campus; names that neither open with their place nor
 * name their university; and a member another hospital already leads. Measured on the development texts it was
 * written from and then, once, on the held-out texts (docs/extraction.md, nineteenth round).
 */
final class SentencePairs {

    /**
     * Not a partnership in a body sentence: training, a meeting, a forum, a free clinic; research, teaching, a building,
     * a workstation, base or department centre of one of them; a comparison, a patient's transfer, a doctor's move, an
     * award, guests who congratulate; a plan (besides {@link HeadlinePairs#NOT_TOGETHER}'s); guests who witness; a title
     * the other gives ("是A对口支援医院"); or a third party, 我院.
     */
    private static final Pattern NOT_IN_BODY = Pattern.compile("培训|进修|(?:会议|现场会|推进会|研讨会|年会)(?!室)|论坛|讲座|义诊"
            + "|研究(?!决定)|教学|病房楼|病房大楼|大楼|改扩建|相比|转至|转到|调入|称号|先进个人|祝贺"
            + "|工作站|基地|实验室|(?<!医疗|卫生服务|健康)中心[^，,。；;]{0,4}?(?:揭牌|挂牌|授牌)|计划(?!生育)|申请|准备|争取|力争|鼓励|商定|有望|"
            + PlanWords.SUPPORT
            + "|见证(?!下)|是[^，,。；;]{0,30}?(?:对口支援|对口帮扶|帮扶|合作|协作)的?(?:医院|单位)|我院|本院");

    /** Who attended ("…院长张三等出席"): a list of guests, not of parties, unless they attend a signing or a plaque. */
    private static final Pattern ATTENDED = Pattern.compile("参会|出席|参加|列席|与会");

    private static final Pattern LIST_GAP = Pattern.compile("\\s*、\\s*");

    private static final Pattern SIGNED = Pattern.compile("签约|签署|签订|揭牌|授牌|挂牌");

    /** A name its owner makes a hospital of a university or the army ("成大附院"), not a bare "附属医院". */
    private static final Pattern OWNED = Pattern.compile("大学|医科|医学院|医大|附院|解放军|武警|军区");

    /** A grade in a name ("老牌二甲医院"): a description, not a hospital's name. */
    private static final Pattern GRADE = Pattern.compile("[一二三][甲级]|[甲乙丙]等");

    private SentencePairs() {}

    static List<ConsortiumFact> addTo(
            List<ConsortiumFact> found, String text, TextSegmenter segments, HospitalDirectory directory) {
        Map<String, ConsortiumFact> byName = new LinkedHashMap<>();
        found.forEach(c -> byName.put(c.name(), c));
        for (TextSegmenter.Span span : segments.sentences()) {
            Cancellation.check();
            String s = text.substring(span.start(), span.end());
            if (!statesAPartnership(s)) {
                continue;
            }
            PairSides sides = partners(text, span, segments, directory.hospitalsIn(span.start(), span.end()));
            if (sides == null || paired(byName.values(), sides)) {
                continue;
            }
            ConsortiumRecords.record(
                    byName,
                    null,
                    ConsortiumRecords.typeOf(s),
                    sides.lead(),
                    List.of(sides.member()),
                    null,
                    Evidence.of(text, span.start(), span.end()),
                    0.5);
        }
        return new ArrayList<>(byName.values());
    }

    /** A partner word, and none of the words of something else. */
    private static boolean statesAPartnership(String s) {
        return HeadlinePairs.TOGETHER.matcher(s).find()
                && !HeadlinePairs.NOT_TOGETHER.matcher(s).find()
                && !NOT_IN_BODY.matcher(s).find()
                && !(ATTENDED.matcher(s).find() && !SIGNED.matcher(s).find());
    }

    /**
     * The two sides of the sentence's partnership, or null when it states none this class reads: two names, a partner
     * word before the second or in the rest of its clause.
     */
    private static PairSides partners(
            String text, TextSegmenter.Span span, TextSegmenter segments, List<HospitalDirectory.Mention> mentions) {
        // "南华大学附属南华医院（衡阳市南华医院）": the name in brackets is the same hospital's other name
        List<HospitalDirectory.Mention> named = mentions.stream()
                .filter(m -> !SentenceRoles.inBrackets(text, m))
                .toList();
        List<String> names =
                named.stream().map(HospitalDirectory.Mention::name).distinct().toList();
        // "长阳县人民医院、宜昌市中心人民医院签订…": two names of one list are parties side by side, not partners
        if (names.size() != 2
                || SentenceRoles.runs(text, named, LIST_GAP).stream().anyMatch(run -> run.size() > 1)
                || !names.stream().allMatch(SentencePairs::namesAHospital)
                || names.stream().anyMatch(SentencePairs::branch)) {
            return null;
        }
        HospitalDirectory.Mention second = named.stream()
                .filter(m -> m.name().equals(names.get(1)))
                .findFirst()
                .orElseThrow();
        // "A…调入B，…后来参与了医联体建设工作": a partner word well after both names does not join them
        Matcher together = HeadlinePairs.TOGETHER.matcher(text);
        together.region(
                span.start(),
                Math.min(span.end(), segments.clauseOf(second.end() - 1).end()));
        if (!together.find()) {
            return null;
        }
        return PairSides.byTier(names.get(0), names.get(1));
    }

    /** A name that opens with its place ("阳曲县中医院") or is owned by a university or the army. */
    static boolean namesAHospital(String name) {
        if (GRADE.matcher(name).find()) {
            return false;
        }
        if (OWNED.matcher(name).find()) {
            return true;
        }
        List<AdministrativeDivisions.Match> places =
                AdministrativeDivisions.load().findAll(name);
        return !places.isEmpty() && places.get(0).start() == 0;
    }

    /**
     * A branch or campus, or a hospital named after another ("昆明市第一人民医院巫家坝医院"): the readers of branches place
     * it.
     */
    static boolean branch(String name) {
        int first = name.indexOf("医院");
        return name.contains("分院") || name.contains("院区") || (first >= 0 && first + 2 < name.length());
    }

    /** The two are already in one consortium, either way round, or the member already has a lead. */
    private static boolean paired(Collection<ConsortiumFact> found, PairSides sides) {
        return ConsortiumRecords.together(found, sides.lead(), sides.member())
                || found.stream()
                        .anyMatch(c -> c.lead() != null
                                && !c.lead().equals(sides.member())
                                && c.members().stream()
                                        .anyMatch(m -> m.hospital().equals(sides.member())));
    }
}
