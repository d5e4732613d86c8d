package org.hospitalatlas.extraction;

import java.util.Optional;

/**
 * The hospital a designation's own words name as its subject: right after its comma when the sentence opens with 作为
 * ("作为首批…试点医院，淄博市第一医院将…"), right after 的 ("同为首批试点医院的淄博市第一医院"), or any hospital named
 * before it in its clause. Only a {@link HospitalDirectory} knows where names are; other subjects name none here.
 */
final class DesignationSubjects {

    private DesignationSubjects() {}

    /** Whether the directory names a hospital in [from, to). */
    static boolean mentionsBefore(SubjectResolver subjects, int from, int to) {
        return subjects instanceof HospitalDirectory directory
                && !directory.mentionsIn(from, to).isEmpty();
    }

    /** "…试点医院，淄博市第一医院将…": the hospital named right after the designation's comma, as its clause's subject. */
    static SubjectResolver.Subject namedRightAfter(String text, SubjectResolver subjects, int end) {
        if (end + 1 >= text.length()
                || "，,".indexOf(text.charAt(end)) < 0
                || !(subjects instanceof HospitalDirectory directory)) {
            return null;
        }
        int from = end + 1;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return mentionStartingAt(directory, from)
                .filter(m -> !m.group())
                .map(DesignationSubjects::namedHere)
                .orElse(null);
    }

    /** "…试点医院的淄博市第一医院": the hospital the designation is attributed to. */
    static SubjectResolver.Subject headAfter(String text, SubjectResolver subjects, int end) {
        if (end < text.length() && text.charAt(end) == '的' && subjects instanceof HospitalDirectory directory) {
            return mentionStartingAt(directory, end + 1)
                    .map(DesignationSubjects::namedHere)
                    .orElse(null);
        }
        return null;
    }

    /** The hospital whose name starts right at {@code at}. */
    private static Optional<HospitalDirectory.Mention> mentionStartingAt(HospitalDirectory directory, int at) {
        return directory.mentionAt(at).filter(m -> m.start() == at);
    }

    /** A hospital named where the designation is stated, as its subject. */
    private static SubjectResolver.Subject namedHere(HospitalDirectory.Mention m) {
        return new SubjectResolver.Subject(m.name(), 0.9);
    }
}
