package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.recordPair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "A托管B，C托管D", "A对口B、C对口D、E对口F", "A托管B后，C托管D": a sentence that pairs hospitals one by one, each pair
 * its own (the verb right between the two), so no list runs from one pair into the next.
 */
final class ChainedPairs {

    /** Between the two hospitals of a pair: one takes the other over or supports it ("托管", "对口支援", "对口"). */
    private static final Pattern PAIR_VERB =
            Pattern.compile("\\s*(?:将|已)?(?:全面|整体)?(?:托管|对口支援|对口帮扶|对口|结对帮扶|" + TakeOverWords.RUNS_ANOTHER + ")\\s*");

    private ChainedPairs() {}

    /** Records each pair of a sentence of two or more pairs; true when it did (the other readers then skip it). */
    static boolean read(
            String text, String s, List<HospitalDirectory.Mention> mentions, Map<String, ConsortiumFact> byName) {
        List<HospitalDirectory.Mention[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            HospitalDirectory.Mention lead = mentions.get(i);
            HospitalDirectory.Mention member = mentions.get(i + 1);
            if (member.start() >= lead.end()
                    && !lead.name().equals(member.name())
                    && PAIR_VERB
                            .matcher(text.substring(lead.end(), member.start()))
                            .matches()) {
                pairs.add(new HospitalDirectory.Mention[] {lead, member});
                i++; // the member opens no pair of its own
            }
        }
        if (pairs.size() < 2) {
            return false;
        }
        for (HospitalDirectory.Mention[] p : pairs) {
            recordPair(byName, s, p[0].name(), p[1].name(), Evidence.of(text, p[0].start(), p[1].end()));
        }
        return true;
    }
}
