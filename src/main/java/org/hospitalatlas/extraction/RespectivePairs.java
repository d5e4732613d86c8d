package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Two lists of hospitals of one length paired in order by 分别: "A1、A2、A3分别与B1、B2、B3建立对口合作关系",
 * "A1、A2分别托管B1、B2". Each hospital of the first list (the subject, the one that supports or signs with) leads the
 * hospital in the same place of the second.
 */
final class RespectivePairs {

    private static final Pattern LIST_GAP = Pattern.compile("\\s*[、，,]\\s*|\\s*[和及与]\\s*");

    /** Between the two lists: 分别 and a partner word, or 分别 and a verb of support or take-over. */
    private static final Pattern WITH = Pattern.compile("^\\s*(?:还|也|将|已|已经)?分别(?:与|和|同|跟)\\s*$");

    private static final Pattern SUPPORTS =
            Pattern.compile("^\\s*(?:还|也|将|已|已经)?分别(?:对口|结对)?(?:支援|帮扶|托管|协作)(?:了)?\\s*$");

    /** After the second list of a 分别与: the relation the pairs form. */
    private static final Pattern RELATION = Pattern.compile(
            "^\\s*(?:签订|签署|建立|结成|组建|形成|结为|达成)(?:了)?" + "[^，,。；;]{0,12}?(?:关系|协议|医联体|医共体|联盟|对子|共同体)|^\\s*(?:签约|结对)");

    private static final int TAIL = 24;

    private RespectivePairs() {}

    static void read(ConsortiumSentence sentence) {
        String s = sentence.s();
        pairsListed(sentence); // "A1与B1、A2与B2签订…": with 分别 or without
        if (!s.contains("分别")) {
            return;
        }
        if (setUpAsPairs(sentence)) {
            return;
        }
        String text = sentence.text();
        List<HospitalDirectory.Mention> names = sentence.directory()
                .hospitalsIn(sentence.span().start(), sentence.span().end());
        List<List<HospitalDirectory.Mention>> runs = SentenceRoles.runs(text, names, LIST_GAP);
        for (int r = 0; r + 1 < runs.size(); r++) {
            List<HospitalDirectory.Mention> first = runs.get(r);
            List<HospitalDirectory.Mention> second = runs.get(r + 1);
            if (first.size() < 2 || first.size() != second.size() || !distinct(first, second)) {
                continue;
            }
            String between = text.substring(
                    first.get(first.size() - 1).end(), second.get(0).start());
            int secondEnd = second.get(second.size() - 1).end();
            String after = text.substring(secondEnd, Math.min(sentence.span().end(), secondEnd + TAIL));
            boolean supports = SUPPORTS.matcher(between).matches();
            if (!supports
                    && !(WITH.matcher(between).matches()
                            && RELATION.matcher(after).lookingAt())) {
                continue;
            }
            Evidence evidence = Evidence.of(text, first.get(0).start(), secondEnd);
            for (int i = 0; i < first.size(); i++) {
                // "A分别对口支援B": the supporter leads; "A分别与B签订…": the larger, the first of one tier
                pair(sentence, after, first.get(i).name(), second.get(i).name(), !supports, evidence);
            }
            return;
        }
    }

    /**
     * "…A1与B1；A2与B2；A3与B3分别建立协作关系", "A1与B1、A2与B2分别签署合作协议": pairs listed one by one, the relation said
     * once after the last.
     */
    private static final String PAIR_VERBS = "建立|签订|签署|结成|结为|形成|达成";

    private static final Pattern PAIRS_RELATION =
            Pattern.compile("^\\s*(?:分别)?(?:" + PAIR_VERBS + ")(?:了)?[^，,。；;]{0,10}?(?:关系|协议|对子|医联体|联盟)");

    private static final int PAIRS_REACH = 600;

    /** The verbs {@link #PAIRS_RELATION} starts with. */
    private static final Pattern RELATION_VERB = Pattern.compile(PAIR_VERBS);

    private static final Pattern PAIR_WITH = Pattern.compile("^\\s*[与和同]\\s*$");
    private static final Pattern PAIRS_SEPARATOR = Pattern.compile("^[，,\\s]*[；;、][，,\\s]*$");

    private static void pairsListed(ConsortiumSentence sentence) {
        if (!RELATION_VERB.matcher(sentence.s()).find()) {
            return; // runs on every consortium sentence: without one of PAIRS_RELATION's verbs no pair is listed
        }
        String text = sentence.text();
        // the pairs before the last may stand in the sentences before it, cut at each "；"
        List<HospitalDirectory.Mention> all = sentence.directory()
                .hospitalsIn(
                        Math.max(0, sentence.span().start() - PAIRS_REACH),
                        sentence.span().end());
        for (int j = 1; j < all.size(); j++) {
            HospitalDirectory.Mention last = all.get(j);
            if (last.start() < sentence.span().start()
                    || last.end() > sentence.span().end()
                    || !PAIRS_RELATION
                            .matcher(text)
                            .region(last.end(), sentence.span().end())
                            .lookingAt()) {
                continue;
            }
            List<String[]> pairs = new ArrayList<>();
            int firstStart = last.start();
            int k = j;
            while (k >= 1
                    && PAIR_WITH
                            .matcher(text.substring(
                                    all.get(k - 1).end(), all.get(k).start()))
                            .matches()) {
                pairs.add(0, new String[] {all.get(k - 1).name(), all.get(k).name()});
                firstStart = all.get(k - 1).start();
                if (k < 3
                        || !PAIRS_SEPARATOR
                                .matcher(text.substring(
                                        all.get(k - 2).end(), all.get(k - 1).start()))
                                .matches()) {
                    break;
                }
                k -= 2;
            }
            if (pairs.size() < 2) {
                continue; // "A与B签订协议，C与D、E与F…": a later name may close the pairs
            }
            Evidence evidence = Evidence.of(text, firstStart, last.end());
            String relation = text.substring(last.end(), sentence.span().end());
            for (String[] pair : pairs) {
                // which side supports is not said: the pair as written (as in "A与B" alone)
                pair(sentence, relation, pair[0], pair[1], false, evidence);
            }
            return;
        }
    }

    /**
     * "分别将B1、B2、X中心、B3，与A1、A2、Y中心、A3全部确立为对口支援关系": two lists set up as pairs item by item (items
     * that name no hospital keep their place); the hospital of the higher tier ({@link BilateralSigning#tier}) leads
     * each pair, and a pair of one tier goes the way most others go (the first list's when none differ).
     */
    private static final Pattern SET_UP = Pattern.compile("分别将(?<first>[^。；;]{4,240}?)[，,]?\\s*(?:与|和|同)"
            + "(?<second>[^。；;]{4,240}?)(?:全部|均|一一)?(?:确立为|确定为|结成|建立|结为)(?:了)?[^，,。；;]{0,16}?(?:关系|对子)");

    private static boolean setUpAsPairs(ConsortiumSentence sentence) {
        Matcher m = SET_UP.matcher(sentence.s());
        if (!m.find()) {
            return false;
        }
        int base = sentence.span().start();
        List<HospitalDirectory.Mention> first = itemNames(sentence, base + m.start("first"), base + m.end("first"));
        List<HospitalDirectory.Mention> second = itemNames(sentence, base + m.start("second"), base + m.end("second"));
        if (first.size() < 2 || first.size() != second.size()) {
            return false;
        }
        Evidence evidence = Evidence.of(sentence.text(), base + m.start(), base + m.end());
        // pairs of one tier go the way most of the others do
        int votes = 0;
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i) != null && second.get(i) != null) {
                votes += Integer.signum(BilateralSigning.tier(second.get(i).name())
                        - BilateralSigning.tier(first.get(i).name()));
            }
        }
        for (int i = 0; i < first.size(); i++) {
            HospitalDirectory.Mention a = first.get(i);
            HospitalDirectory.Mention b = second.get(i);
            if (a == null || b == null || a.name().equals(b.name())) {
                continue;
            }
            int difference = BilateralSigning.tier(b.name()) - BilateralSigning.tier(a.name());
            boolean secondLeads = difference > 0 || (difference == 0 && votes > 0);
            HospitalDirectory.Mention lead = secondLeads ? b : a;
            HospitalDirectory.Mention member = secondLeads ? a : b;
            ConsortiumRecords.recordPair(sentence.out(), m.group(), lead.name(), member.name(), evidence);
        }
        return true;
    }

    /** The items of a list split at 、, each with the first hospital it names (null for an item that names none). */
    private static List<HospitalDirectory.Mention> itemNames(ConsortiumSentence sentence, int start, int end) {
        List<HospitalDirectory.Mention> items = new ArrayList<>();
        String text = sentence.text();
        int itemStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '、') {
                List<HospitalDirectory.Mention> named = sentence.directory().hospitalsIn(itemStart, i);
                items.add(named.isEmpty() ? null : named.get(0));
                itemStart = i + 1;
            }
        }
        return items;
    }

    /**
     * One pair: with {@code byTier}, a hospital two tiers larger than the first ({@link BilateralSigning#tier}: a
     * province's against a county's) leads it; otherwise, and for names that tell little, the first leads.
     */
    private static void pair(
            ConsortiumSentence sentence,
            String relation,
            String first,
            String second,
            boolean byTier,
            Evidence evidence) {
        boolean secondLeads = byTier && BilateralSigning.tier(second) - BilateralSigning.tier(first) >= 2;
        ConsortiumRecords.recordPair(
                sentence.out(), relation, secondLeads ? second : first, secondLeads ? first : second, evidence);
    }

    /** No hospital named twice across the two lists. */
    private static boolean distinct(List<HospitalDirectory.Mention> first, List<HospitalDirectory.Mention> second) {
        return Stream.concat(first.stream(), second.stream())
                        .map(HospitalDirectory.Mention::name)
                        .distinct()
                        .count()
                == first.size() + second.size();
    }

    /** "A1与B1、A2与B2分别签署…": the other side's list ends where another pair begins; pairs, not one side of many. */
    static boolean pairListGoesOn(String text, List<List<HospitalDirectory.Mention>> runs, int r) {
        if (r + 2 >= runs.size()) {
            return false;
        }
        List<HospitalDirectory.Mention> nextRun = runs.get(r + 1);
        int nextRunEnd = nextRun.get(nextRun.size() - 1).end();
        return nextRun.size() >= 2
                && runs.get(r + 2).get(0).start() >= nextRunEnd
                && PAIR_WITH
                        .matcher(text.substring(
                                nextRunEnd, runs.get(r + 2).get(0).start()))
                        .matches();
    }
}
