package org.hospitalatlas.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "以A和B为依托(核心医院)，组建了X和Y": two hospitals each at the core of one of two groups named in the same order; the
 * first leads the first group, the second the second.
 */
final class RespectiveGroups {

    private static final Pattern CORES_THEN_GROUPS =
            Pattern.compile("以(?<cores>[^，,。；;]{4,40}?)为(?:依托|核心|龙头)(?:[（(][^）)]{0,10}[）)])?[，,]?\\s*(?:分别)?"
                    + "(?:组建|成立|组成)(?:了)?(?<groups>[^，,。；;]{4,50})");

    private static final StartChars STARTS = StartChars.of(CORES_THEN_GROUPS);

    private static final Pattern TWO = Pattern.compile("^\\s*[和与及、]\\s*$");

    private RespectiveGroups() {}

    static void read(ConsortiumSentence sentence) {
        String s = sentence.s();
        Matcher m = CORES_THEN_GROUPS.matcher(s);
        if (!STARTS.find(m, s, 0)) {
            return;
        }
        List<HospitalDirectory.Mention> cores =
                sentence.mentionsIn(m, "cores").stream().filter(x -> !x.group()).toList();
        List<HospitalDirectory.Mention> groups = sentence.mentionsIn(m, "groups").stream()
                .filter(HospitalDirectory.Mention::group)
                .toList();
        if (cores.size() != 2
                || groups.size() != 2
                || cores.get(0).name().equals(cores.get(1).name())) {
            return;
        }
        String text = sentence.text();
        if (!TWO.matcher(text.substring(cores.get(0).end(), cores.get(1).start()))
                        .matches()
                || !TWO.matcher(text.substring(
                                groups.get(0).end(), groups.get(1).start()))
                        .matches()) {
            return; // two names joined, in both lists: no third item the order could skip
        }
        for (int i = 0; i < 2; i++) {
            String lead = cores.get(i).name();
            String name = groups.get(i).name();
            sentence.add(
                    name, ConsortiumRecords.typeOf(name), lead, List.of(new ConsortiumFact.Member(lead, "lead")), 0.6);
        }
    }
}
