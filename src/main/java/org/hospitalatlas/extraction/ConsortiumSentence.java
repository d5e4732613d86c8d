package org.hospitalatlas.extraction;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The sentence a rule reads, with what every rule needs: the whole text and its sentences, the sentence's span
 * and string, years and hospitals, and the consortia read so far (the first reading of a name is kept).
 */
record ConsortiumSentence(
        String text,
        TextSegmenter.Span span,
        String s,
        TextSegmenter segments,
        YearResolver years,
        HospitalDirectory directory,
        Map<String, ConsortiumFact> out) {

    /** The hospitals named where {@code group} of a matcher over {@link #s} matched. */
    List<HospitalDirectory.Mention> mentionsIn(Matcher m, String group) {
        return directory.mentionsIn(span.start() + m.start(group), span.start() + m.end(group));
    }

    List<HospitalDirectory.Mention> mentions() {
        return directory.mentionsIn(span.start(), span.end());
    }

    /** The most precise date the sentence gives, or null. */
    ConsortiumFact.Established date() {
        return ConsortiumDates.dateIn(s, span.start(), years);
    }

    /** The whole sentence as evidence. */
    Evidence evidence() {
        return Evidence.of(text, span.start(), span.end());
    }

    /** Records a consortium dated by the sentence and quoting it whole. */
    void add(String name, String type, String lead, List<ConsortiumFact.Member> members, double confidence) {
        add(name, type, lead, members, date(), evidence(), confidence);
    }

    void add(
            String name,
            String type,
            String lead,
            List<ConsortiumFact.Member> members,
            ConsortiumFact.Established established,
            Evidence evidence,
            double confidence) {
        out.putIfAbsent(name, new ConsortiumFact(name, type, lead, members, established, evidence, confidence));
    }
}
