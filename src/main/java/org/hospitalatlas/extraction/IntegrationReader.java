package org.hospitalatlas.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Integrations "A与B进行整合，组建“C”": A leads and B is merged into it, or both are merged into the hospital C they form. */
final class IntegrationReader {

    private IntegrationReader() {}

    private static final Pattern INTEGRATION =
            Pattern.compile("(?<a>[^，,；;。]{2,30}?)与(?<b>[^，,；;。]{2,30}?)(?:进行|实行|实施)?(?:深度|全面)?(?:整合|合并|融合)");
    private static final Pattern FORMED = Pattern.compile("组建[“\"「](?<name>[^”\"」]{2,30})[”\"」]");
    private static final Pattern FORMED_HOSPITAL = Pattern.compile("^[，,]?\\s*(?:组建|成立|合并为|组成)(?:成立)?(?:了)?(?:的|为)?");

    /** "整合A、B资源，组建C": the hospitals listed are merged into the hospital C formed of them, which leads. */
    private static final Pattern INTEGRATES_INTO =
            Pattern.compile("整合(?<list>[^，,；;。]{4,80}?)(?:的)?(?:资源|力量)?[，,]?\\s*(?:组建|成立|组成)(?:了)?(?:新的)?"
                    // "组建云南省区域医疗中心曲靖中心医院": the designation it is built as, before its name
                    + "(?:[\\u4e00-\\u9fa5]{0,6}?区域医疗中心)?");

    /** "A与B进行整合": A leads, B is merged (unless both are merged into a hospital they form, or it is read already). */
    static void integration(ConsortiumSentence sentence) {
        String s = sentence.s();
        if (s.contains("整合")) {
            integratedInto(sentence);
        }
        if (!s.contains("与") || !(s.contains("整合") || s.contains("合并") || s.contains("融合"))) {
            return; // cheap literal test first: the pattern's lazy prefix is slow on every sentence
        }
        Matcher in = INTEGRATION.matcher(s);
        if (!in.find()) {
            return;
        }
        List<HospitalDirectory.Mention> a = sentence.mentionsIn(in, "a");
        List<HospitalDirectory.Mention> b = sentence.mentionsIn(in, "b");
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        String lead = a.get(a.size() - 1).name();
        String merged = b.get(0).name();
        if (lead.equals(merged)) {
            return;
        }
        if (mergedIntoFormedHospital(sentence, in.end(), lead, merged)) {
            return;
        }
        boolean known = sentence.out().values().stream()
                .anyMatch(c -> c.members().stream()
                        .anyMatch(m -> m.hospital().equals(merged) && m.role().equals("merged")));
        if (known) {
            return; // "A与B整合后…" restates an integration already read
        }
        Matcher formed = FORMED.matcher(s);
        String name = formed.find() ? formed.group("name") : lead;
        // the quote starts at the lead's name if that lies before the sentence (a heading, a line before)
        int quoteStart = Math.min(a.get(a.size() - 1).start(), sentence.span().start());
        sentence.add(
                name,
                "other",
                lead,
                List.of(new ConsortiumFact.Member(lead, "lead"), new ConsortiumFact.Member(merged, "merged")),
                sentence.date(),
                Evidence.of(sentence.text(), quoteStart, sentence.span().end()),
                0.8);
    }

    /**
     * "A与B整合组建的C": C is the new hospital and leads; A and B are both merged into it. Records it and answers true
     * when the hospital formed is named right after the integration (which ends at {@code end} of the sentence).
     */
    private static boolean mergedIntoFormedHospital(ConsortiumSentence sentence, int end, String lead, String merged) {
        String s = sentence.s();
        int offset = sentence.span().start();
        Matcher formedHospital = FORMED_HOSPITAL.matcher(s.substring(end));
        if (formedHospital.find()) {
            int at = offset + end + formedHospital.end();
            java.util.Optional<HospitalDirectory.Mention> created =
                    sentence.directory().mentionAt(at).filter(m -> m.start() == at && !m.group());
            if (created.isPresent()
                    && !created.get().name().equals(lead)
                    && !created.get().name().equals(merged)) {
                String formed = created.get().name();
                sentence.add(
                        formed,
                        "other",
                        formed,
                        List.of(
                                new ConsortiumFact.Member(formed, "lead"),
                                new ConsortiumFact.Member(lead, "merged"),
                                new ConsortiumFact.Member(merged, "merged")),
                        0.8);
                return true;
            }
        }
        return false;
    }

    /**
     * "整合A、B、C等医疗资源，组建X医疗集团，与A实行“一套工作机构、两个单位名称”": the hospitals integrate into a group,
     * led by the one of them the sentence names again after it; the others are its members. No lead named: nothing.
     */
    private static void intoGroup(
            ConsortiumSentence sentence, List<HospitalDirectory.Mention> listed, HospitalDirectory.Mention group) {
        List<String> names =
                listed.stream().map(HospitalDirectory.Mention::name).distinct().toList();
        String lead = sentence
                .directory()
                .mentionsIn(group.end(), sentence.span().end())
                .stream()
                .filter(m -> !m.group() && names.contains(m.name()))
                .map(HospitalDirectory.Mention::name)
                .findFirst()
                .orElse(null);
        if (lead == null) {
            return;
        }
        List<ConsortiumFact.Member> members = new java.util.ArrayList<>();
        members.add(new ConsortiumFact.Member(lead, "lead"));
        names.stream().filter(n -> !n.equals(lead)).forEach(n -> members.add(new ConsortiumFact.Member(n, "member")));
        String type = ConsortiumRecords.typeOf(group.name());
        sentence.add(group.name(), type, lead, members, sentence.date(), sentence.evidence(), 0.7);
    }

    /** "全面整合A、B资源，组建C医院": A and B are merged into C, which leads; C must be a hospital named right there. */
    private static void integratedInto(ConsortiumSentence sentence) {
        Matcher into = INTEGRATES_INTO.matcher(sentence.s());
        if (!into.find()) {
            return;
        }
        List<HospitalDirectory.Mention> merged = sentence.mentionsIn(into, "list");
        int at = sentence.span().start() + into.end();
        java.util.Optional<HospitalDirectory.Mention> created =
                sentence.directory().mentionAt(at).filter(m -> m.start() == at);
        if (created.isEmpty()) {
            // "组建株洲市医疗集团": a group's name read from its place's suffix on ("市医疗集团")
            created = sentence
                    .directory()
                    .mentionsIn(at, Math.min(sentence.span().end(), at + 24))
                    .stream()
                    .filter(m -> m.group() && m.start() <= at + 3)
                    .findFirst();
        }
        if (merged.size() < 2 || created.isEmpty()) {
            return;
        }
        if (created.get().group()) {
            intoGroup(sentence, merged, created.get());
            return;
        }
        String formed = created.get().name();
        List<ConsortiumFact.Member> members = new java.util.ArrayList<>();
        members.add(new ConsortiumFact.Member(formed, "lead"));
        merged.stream()
                .map(HospitalDirectory.Mention::name)
                .filter(n -> !n.equals(formed))
                .distinct()
                .forEach(n -> members.add(new ConsortiumFact.Member(n, "merged")));
        sentence.add(formed, "other", formed, members, sentence.date(), sentence.evidence(), 0.8);
    }
}
