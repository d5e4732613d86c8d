package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.MemberNames.addMembers;

import java.util.List;

/**
 * "A与B组建紧密型医联体，A为牵头医院": two hospitals of one tier form a consortium, and {@link BilateralSigning} reads no
 * lead between them by their size; when the sentence's role words make one of them the lead, the other side is its
 * member.
 */
final class EqualPartners {

    private EqualPartners() {}

    /** Adds to {@code members} the other side of each signing the sentence's one {@code lead} is a side of. */
    static void addPartnersOf(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            String lead,
            List<String> members) {
        for (int r = 0; r + 1 < runs.size(); r++) {
            List<HospitalDirectory.Mention> run = runs.get(r);
            List<HospitalDirectory.Mention> nextRun = runs.get(r + 1);
            int runEnd = run.get(run.size() - 1).end();
            if (!BilateralSigning.isWith(text, runEnd, nextRun.get(0))) {
                continue;
            }
            int nextRunEnd = nextRun.get(nextRun.size() - 1).end();
            String afterNext = text.substring(nextRunEnd, Math.min(span.end(), nextRunEnd + 60));
            if (!BilateralSigning.BILATERAL.matcher(afterNext).find()) {
                continue;
            }
            if (names(run, lead)) {
                addMembers(text, nextRun, members);
            } else if (names(nextRun, lead)) {
                addMembers(text, run, members);
            }
        }
        members.remove(lead);
    }

    private static boolean names(List<HospitalDirectory.Mention> run, String lead) {
        return run.size() == 1 && run.get(0).name().equals(lead);
    }
}
