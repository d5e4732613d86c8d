package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A副院长X带队分别到B、C洽谈对口支援事宜，会上签订了对口帮扶协议书", "A院长X一行带领对口支援专家到B指导工作": the
 * hospital that opens the sentence sends a delegation to the hospitals it lists, to set up support or a consortium; the
 * larger of each two ({@link BilateralSigning#tier}) leads.
 */
final class VisitingDelegation {

    /** The delegation and its visit, with nothing but words between the sending hospital and the ones visited. */
    private static final Pattern VISITS =
            Pattern.compile("^[^，,。；;、]{0,30}?(?:带队|率队|一行|带领|率领)[^，,。；;、]{0,12}?(?:分别)?(?:到|赴|来到|前往|深入)\\s*$");

    private static final String SUPPORT = "对口支援|对口帮扶|帮扶|医联体|医共体|托管|专科联盟";

    /** The visit's business, when the words before the visited list do not already say it. */
    private static final Pattern BUSINESS =
            Pattern.compile("^[^。；;！？]{0,40}?(?:洽谈|商洽|签订|签署|签约|举行)[^。；;！？]{0,16}?(?:" + SUPPORT + "|协作)");

    /** "带领对口支援专家到B": the team sent is a support team (not "带领医共体成员单位负责人赴A参观学习"). */
    private static final Pattern SUPPORT_TEAM = Pattern.compile("(?:对口支援|对口帮扶|帮扶|医联体)(?:的)?(?:专家|医疗队|团队|医生)");

    private VisitingDelegation() {}

    static void read(ConsortiumSentence sentence) {
        String s = sentence.s();
        if (!s.contains("到") && !s.contains("赴") && !s.contains("前往") && !s.contains("深入")) {
            return;
        }
        TextSegmenter.Span span = sentence.span();
        String text = sentence.text();
        List<HospitalDirectory.Mention> named = sentence.directory().hospitalsIn(span.start(), span.end());
        if (named.size() < 2 || !SentenceRoles.opensSentence(text, span, named.get(0))) {
            return;
        }
        HospitalDirectory.Mention sender = named.get(0);
        HospitalDirectory.Mention first = named.get(1);
        String before = text.substring(sender.end(), first.start());
        if (!VISITS.matcher(before).matches()) {
            return;
        }
        List<HospitalDirectory.Mention> visited = new ArrayList<>(List.of(first));
        for (int i = 2; i < named.size(); i++) {
            String gap = text.substring(
                    visited.get(visited.size() - 1).end(), named.get(i).start());
            if (!gap.equals("、") && !gap.equals("和") && !gap.equals("及")) {
                break;
            }
            visited.add(named.get(i));
        }
        int listEnd = visited.get(visited.size() - 1).end();
        Matcher business = BUSINESS.matcher(text.substring(listEnd, span.end()));
        boolean team = SUPPORT_TEAM.matcher(before).find();
        if (!team && !business.find()) {
            return;
        }
        int end = team ? listEnd : listEnd + business.end();
        Evidence evidence = Evidence.of(text, sender.start(), end);
        for (HospitalDirectory.Mention host : visited) {
            PairSides sides = PairSides.byTier(sender.name(), host.name());
            if (sides != null) {
                ConsortiumRecords.recordPair(
                        sentence.out(), text.substring(sender.start(), end), sides.lead(), sides.member(), evidence);
            }
        }
    }
}
