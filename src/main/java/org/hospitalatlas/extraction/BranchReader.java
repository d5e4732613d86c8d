package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.record;
import static org.hospitalatlas.extraction.ConsortiumRecords.recordPair;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Branches (分院) of a hospital: one in the description of the hospital a sentence is about (是…、贵州省人民医院分院、…), one
 * named after its parent with its own name in brackets (南宁市第一人民医院青秀分院（青秀区人民医院）), and one named after its
 * parent and its place (北京大学人民医院石家庄医院).
 */
final class BranchReader {

    private BranchReader() {}

    /**
     * "…、贵州省人民医院分院、…", "系浙大一院三门湾分院": in a list describing a hospital, a branch of another; "B为区级分院"
     * says B is a branch, not that it has one.
     */
    private static final Pattern BRANCH_OF_AFTER =
            Pattern.compile("^(?!为|是|系|作为|成为|均为)[\\u4e00-\\u9fa5]{0,6}?分院(?=[、，,。；;]|$)");

    private static final Pattern DESCRIPTION_BEFORE = Pattern.compile("(?:[、，,]|是|系|为|作为)\\s*$");

    /**
     * The hospital a sentence describes is a branch (分院) of the hospital named right before 分院, when the branch is
     * an item of the description ("是…医院、贵州省人民医院分院、…"), not an event ("分院揭牌").
     */
    static void branchOf(
            String text,
            TextSegmenter.Span span,
            List<HospitalDirectory.Mention> mentions,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        for (HospitalDirectory.Mention m : mentions) {
            Matcher branch = BRANCH_OF_AFTER.matcher(text).region(m.end(), span.end());
            if (!branch.lookingAt()
                    || !DESCRIPTION_BEFORE
                            .matcher(text.substring(span.start(), m.start()))
                            .find()) {
                continue;
            }
            SubjectResolver.Subject subject = directory.subjectAt(m.start());
            if (subject == null
                    || subject.hospital() == null
                    || subject.hospital().equals(m.name())
                    || HospitalNames.isGroup(subject.hospital())
                    || "基层".equals(HospitalNames.categoryOf(subject.hospital()))) {
                continue;
            }
            Evidence evidence = Evidence.of(text, m.start(), branch.end());
            record(byName, null, "other", m.name(), List.of(subject.hospital()), null, evidence, 0.6);
        }
    }

    /** Between a hospital and the parent its new name starts with: "B正式成为", "B挂牌", "B加挂". */
    private static final Pattern BECOMES =
            Pattern.compile("^\\s*(?:也|已|已经)?(?:正式)?(?:成为|挂牌|加挂|挂上|更名为|揭牌成为)(?:了)?[“\"]?$");

    /** After the parent: the branch's place or region and 分院 or 院区 ("浔阳院区", "开化分院", "闽南分院"). */
    private static final Pattern BRANCH_NAME = Pattern.compile("^(?<place>[\\u4e00-\\u9fa5]{2,5}?)(?:分院|院区)");

    /**
     * "B正式成为P浔阳院区", "B挂牌P开化分院", "B挂牌P闽南分院": B becomes a branch or campus named after P (and its place or
     * region); P leads, B joins
     * (the conventions keep the branch's name as B's alias).
     */
    static void becomesBranch(
            String text, TextSegmenter.Span span, HospitalDirectory directory, Map<String, ConsortiumFact> byName) {
        String s = text.substring(span.start(), span.end());
        if (!s.contains("分院") && !s.contains("院区")) {
            return; // runs on every sentence: only one that names a branch or a campus can say it
        }
        List<HospitalDirectory.Mention> names = directory.hospitalsIn(span.start(), span.end());
        for (int i = 1; i < names.size(); i++) {
            HospitalDirectory.Mention member = names.get(i - 1);
            HospitalDirectory.Mention parent = names.get(i);
            if (member.name().equals(parent.name())
                    || parent.start() < member.end()
                    || !BECOMES.matcher(text.substring(member.end(), parent.start()))
                            .matches()) {
                continue;
            }
            Matcher branch = BRANCH_NAME.matcher(text).region(parent.end(), span.end());
            if (!branch.lookingAt()) {
                continue;
            }
            recordPair(byName, s, parent.name(), member.name(), Evidence.of(text, member.start(), branch.end()));
        }
    }

    private static final Pattern BRANCH_WORDS = Pattern.compile("^[\\u4e00-\\u9fa5]{1,6}?(?:分院|院区)[（(]$");

    /** Inside the brackets after a hospital, after the other hospital: its role there ("联盟医院", "辽东湾分院"). */
    private static final Pattern ROLE_IN_BRACKETS =
            Pattern.compile("^[\\u4e00-\\u9fa5]{0,5}?(?:联盟医院|协作医院|合作医院|分院|医联体成员单位|成员单位)[）)]");

    /**
     * Two hospitals side by side with brackets between them or after them: "南宁市第一人民医院青秀分院（青秀区人民医院）", a
     * branch named after its parent with its own name in brackets (the parent leads, the hospital in the brackets is its
     * member); "广州仁爱天河医院（中山大学附属第三医院联盟医院）", "盘锦市人民医院（中国医科大学附属盛京医院辽东湾分院）", the
     * brackets after a hospital giving its role under another (that one leads, the hospital before the brackets is a
     * member).
     */
    static void bracketed(
            String text,
            TextSegmenter.Span span,
            String s,
            List<HospitalDirectory.Mention> mentions,
            Map<String, ConsortiumFact> byName) {
        for (int i = 1; i < mentions.size(); i++) {
            HospitalDirectory.Mention first = mentions.get(i - 1);
            HospitalDirectory.Mention second = mentions.get(i);
            if (first.name().equals(second.name())) {
                continue;
            }
            if (second.end() < text.length()
                    && "）)".indexOf(text.charAt(second.end())) >= 0
                    && BRANCH_WORDS
                            .matcher(text.substring(first.end(), second.start()))
                            .matches()) {
                recordPair(byName, s, first.name(), second.name(), Evidence.of(text, first.start(), second.end() + 1));
            } else if (second.start() == first.end() + 1 && "（(".indexOf(text.charAt(first.end())) >= 0) {
                Matcher role = ROLE_IN_BRACKETS.matcher(text).region(second.end(), span.end());
                if (role.lookingAt()) {
                    recordPair(byName, s, second.name(), first.name(), Evidence.of(text, first.start(), role.end()));
                }
            }
        }
    }

    /**
     * "北京大学人民医院石家庄医院", "吉林大学第二医院通榆医院": a hospital named after another that the text also names on
     * its own is that hospital's branch or co-built hospital; the parent leads, the branch is a member.
     */
    static void branches(
            String text,
            HospitalDirectory directory,
            AdministrativeDivisions divisions,
            Map<String, ConsortiumFact> byName) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        directory.mentions().stream().filter(m -> !m.group()).forEach(m -> names.add(m.name()));
        for (HospitalDirectory.Mention m : directory.mentions()) {
            for (String parent : names) {
                String rest = m.name().startsWith(parent) ? m.name().substring(parent.length()) : "";
                String place = rest.endsWith("医院") ? rest.substring(0, rest.length() - 2) : "";
                // the branch is named after its place (石家庄医院); 南阳市中医院骨伤医院 is a department
                if (!m.group()
                        && parent.endsWith("医院")
                        && !divisions.byName(place).isEmpty()) {
                    String type = text.contains("区域医疗中心") ? "regional_medical_center" : "other";
                    Evidence evidence = Evidence.of(text, m.start(), m.end());
                    record(byName, null, type, parent, List.of(m.name()), null, evidence, 0.6);
                }
            }
        }
    }
}
