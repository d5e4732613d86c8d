package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.record;
import static org.hospitalatlas.extraction.ConsortiumRecords.recordPair;
import static org.hospitalatlas.extraction.ConsortiumRecords.typeOf;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A hospital named the member of each of its partners: by the titles of a profile (A是B、C联盟医院; A创建于…，是B附属医院，
 * C集团医院), by a title pairing two hospitals with a dash (A——B医联体合作签约), or by forming a consortium with several
 * larger hospitals at once (A与B、C结为医疗联合体).
 */
final class PartnerReader {

    private PartnerReader() {}

    private static final Pattern COPULA_ONLY = Pattern.compile("^\\s*(?:也|还|同时|现)?(?:是|为|系|(?:挂牌|正式)?成为|作为)\\s*$");
    /**
     * The start of one title in a profile's list of them: nothing, or a copula, since the last comma or the start of a
     * sentence that goes on describing the hospital before ("…工作。是B集团医院，…").
     */
    private static final Pattern TITLE_START = Pattern.compile("(?:^|[，,；;])\\s*(?:也|还|同时|现)?(?:是|为|系)?\\s*$");

    private static final Pattern PARTNER_ROLE = Pattern.compile(
            // "…盛京医院“盛京医疗联盟”医院": the alliance's name may stand between
            // "B(B的另一名称)集团医院": the partner's other name in brackets may come first
            "^(?:[（(][^（()）]{2,20}[）)])?\\s*(?:的)?(?:[“\"「][^”\"」]{2,20}?(?:联盟|集团|医联体)[”\"」](?:成员)?)?"
                    + "(?:联盟医院|联盟单位|成员医院|成员单位|(?:医疗)?(?:技术)?协作医院|专科联盟成员|集团医院|集团成员单位"
                    // "B挂牌成为A区域联盟医院"
                    + "|区域联盟医院)"
                    + "|^(?:[（(][^（()）]{2,20}[）)])?\\s*(?:的)?[“\"「][^”\"」]{2,20}?(?:联盟|集团|医联体)[”\"」](?:成员)?医院");

    /**
     * "遵义市中医院是上海市第一人民医院、北京中医药大学东直门医院联盟医院": the sentence's subject is a member of each
     * hospital it names as its partner. In a profile's list of titles ("A创建于1956年,是B附属医院,C集团医院,D、E联盟医院")
     * each title that opens with partners speaks of the hospital the sentence opens with.
     */
    static void partnerOfEach(
            String text,
            TextSegmenter.Span span,
            String s,
            List<List<HospitalDirectory.Mention>> runs,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        String profiled = null; // the hospital the sentence's titles describe, found when first needed
        for (int p = 0; p < runs.size(); p++) {
            List<HospitalDirectory.Mention> partners = runs.get(p);
            int partnersStart = partners.get(0).start();
            int partnersEnd = partners.get(partners.size() - 1).end();
            if (!PARTNER_ROLE
                    .matcher(text.substring(partnersEnd, Math.min(span.end(), partnersEnd + 34)))
                    .find()) {
                continue;
            }
            String member = null;
            if (p > 0
                    && runs.get(p - 1).size() == 1
                    && COPULA_ONLY
                            .matcher(text.substring(runs.get(p - 1).get(0).end(), partnersStart))
                            .matches()) {
                member = runs.get(p - 1).get(0).name();
            } else if (TITLE_START
                            .matcher(text.substring(span.start(), partnersStart))
                            .find()
                    && text.substring(span.start(), partnersStart).contains("是")) {
                profiled = profiled != null ? profiled : profiledBy(text, span, runs, directory);
                member = profiled.isEmpty() ? null : profiled;
                partners = lastTitle(text, partners);
            }
            if (member == null) {
                continue;
            }
            for (HospitalDirectory.Mention lead : partners) {
                if (!lead.name().equals(member)) {
                    recordPair(byName, s, lead.name(), member, Evidence.of(text, span.start(), span.end()));
                }
            }
        }
    }

    /**
     * The hospital a sentence of titles describes ("A创建于1956年,是B附属医院,…", "历经六十年,…,是B附属医院,…"): the name
     * it opens with, or when no name comes before its first 是, the hospital the passage is about; "" when neither.
     */
    private static String profiledBy(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            HospitalDirectory directory) {
        int copula = text.indexOf('是', span.start());
        if (copula < 0 || copula >= span.end()) {
            return "";
        }
        HospitalDirectory.Mention first = runs.get(0).get(0);
        if (first.start() < copula) {
            return runs.get(0).size() == 1 && first.start() - span.start() <= 6 ? first.name() : "";
        }
        SubjectResolver.Subject subject = directory.subjectAt(copula);
        return subject == null ? "" : subject.hospital();
    }

    /** Of a run of names, those of its last title: commas part titles, 、 and 和 join the names of one. */
    private static List<HospitalDirectory.Mention> lastTitle(String text, List<HospitalDirectory.Mention> run) {
        int first = run.size() - 1;
        while (first > 0
                && !COMMA.matcher(text.substring(
                                run.get(first - 1).end(), run.get(first).start()))
                        .find()) {
            first--;
        }
        return run.subList(first, run.size());
    }

    private static final Pattern COMMA = Pattern.compile("[，,]");

    /** Between the two hospitals of a dashed pair: the first one's other name in brackets, then a dash. */
    private static final Pattern DASH = Pattern.compile("^(?:[（(][^（()）]{1,20}[）)])?\\s*[—－–-]{1,2}\\s*$");
    /** After the pair: the consortium they sign or unveil ("医联体合作签约", "医联体揭牌仪式"). */
    private static final Pattern PAIR_SIGNS = Pattern.compile(
            "^(?:紧密型)?(?:[\\u4e00-\\u9fa5]{0,6}?(?:专科联盟|联盟)|医联体|医共体|医疗集团|联合体)[^，,。；;]{0,6}?(?:签约|揭牌|挂牌|授牌|协议|启动)");

    /**
     * "山东第一医科大学附属省立医院(山东省立医院)——德州市中医院医联体合作签约": two hospitals joined by a dash name the
     * consortium they sign, the first (the larger, which brings the other in) leading the second.
     */
    static void dashedPair(
            String text,
            TextSegmenter.Span span,
            String s,
            List<HospitalDirectory.Mention> mentions,
            Map<String, ConsortiumFact> byName) {
        List<HospitalDirectory.Mention> named = mentions.stream()
                .filter(m -> !SentenceRoles.inBrackets(text, m))
                .toList();
        for (int i = 1; i < named.size(); i++) {
            HospitalDirectory.Mention lead = named.get(i - 1);
            HospitalDirectory.Mention member = named.get(i);
            if (member.start() < lead.end()
                    || lead.name().equals(member.name())
                    || SentenceRoles.grassroots(lead)
                    // two of one tier: which brings the other in is not said
                    || BilateralSigning.tier(lead.name()) <= BilateralSigning.tier(member.name())
                    || !DASH.matcher(text.substring(lead.end(), member.start())).matches()
                    || !PAIR_SIGNS
                            .matcher(text.substring(member.end(), Math.min(span.end(), member.end() + 20)))
                            .find()) {
                continue;
            }
            recordPair(byName, s, lead.name(), member.name(), Evidence.of(text, lead.start(), member.end()));
        }
    }

    /**
     * "通化市人民医院与北京大学人民医院、吉林大学一医院结为医疗联合体": one hospital forms a consortium with each of several
     * larger ones (by {@link SentenceRoles#tier}); each of them leads one, the smaller hospital its member.
     */
    static void joinsSeveralLargerOnes(
            String text,
            TextSegmenter.Span span,
            String s,
            List<List<HospitalDirectory.Mention>> runs,
            YearResolver years,
            Map<String, ConsortiumFact> byName) {
        for (int r = 0; r + 1 < runs.size(); r++) {
            List<HospitalDirectory.Mention> run = runs.get(r);
            List<HospitalDirectory.Mention> larger = runs.get(r + 1);
            if (run.size() != 1 || larger.size() < 2) {
                continue;
            }
            HospitalDirectory.Mention one = run.get(0);
            // "秭归县中医医院始建于1958年，…，与A、B结为医疗联合体": the subject, in a later clause of its sentence
            boolean laterClause = r == 0
                    && SentenceRoles.opensSentence(text, span, one)
                    && LaterClauseSigning.LATER_WITH
                            .matcher(text.substring(one.end(), larger.get(0).start()))
                            .find();
            if (!BilateralSigning.isWith(text, one.end(), larger.get(0)) && !laterClause) {
                continue;
            }
            int largerEnd = larger.get(larger.size() - 1).end();
            String after = text.substring(largerEnd, Math.min(span.end(), largerEnd + 40));
            int tier = BilateralSigning.tier(one.name());
            boolean allLarger = larger.stream().allMatch(m -> BilateralSigning.tier(m.name()) > tier);
            if (!allLarger || !BilateralSigning.BILATERAL.matcher(after).find()) {
                continue;
            }
            for (HospitalDirectory.Mention lead : larger) {
                record(
                        byName,
                        null,
                        typeOf(s),
                        lead.name(),
                        List.of(one.name()),
                        ConsortiumDates.dateIn(s, span.start(), years),
                        Evidence.of(text, span.start(), span.end()),
                        0.6);
            }
        }
    }
}
