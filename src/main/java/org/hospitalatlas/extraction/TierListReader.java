package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.CONSORTIUM_WORD_STARTS;
import static org.hospitalatlas.extraction.ConsortiumRecords.record;
import static org.hospitalatlas.extraction.ConsortiumRecords.typeOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tiers of a consortium the paragraph names ("市妇幼医联体采用“1+7+6”模式：即1家三级医院，L；7家…：A、B"): the one
 * hospital of a tier of one leads, the hospitals of the other tiers are its members. Reads a document's sentences in
 * order, keeping the lead of the tiers until the paragraph ends.
 */
final class TierListReader {

    /** A consortium described tier by tier: its lead, and the paragraph where the tiers are listed. */
    private record TierModel(String lead, int paragraph) {}

    /** The first tier a sentence lists: the index of its first hospital among the sentence's, and its count. */
    private record Tier(int first, String count) {}

    /** "1家三级医院，L；7家城市二级医院：A、B；6家社区卫生服务中心：C、D": one tier of a "1+7+6" consortium. */
    private static final Pattern TIER =
            Pattern.compile("(?:^|[，,：:；;])\\s*(?:即|其中|以及|和|及)?\\s*(?<n>[0-9]{1,3}|[一二三四五六七八九十两]{1,3})\\s*[家所个]"
                    + "[^：:，,。；;]{0,24}?[：:，,]\\s*$");

    private TierModel tiers;

    /** Reads the sentence's tier, if it lists one: the lead of a tier of one, or the members of a later tier. */
    void read(
            String text,
            TextSegmenter segments,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        int paragraph = segments.paragraphIndexOf(span.start());
        if (tiers != null && tiers.paragraph() != paragraph) {
            tiers = null;
        }
        if (s.indexOf('家') < 0 && s.indexOf('所') < 0 && s.indexOf('个') < 0) {
            return; // no count, no tier
        }
        TextSegmenter.Span whole = segments.paragraphOf(span.start());
        if (!CONSORTIUM_WORD_STARTS.foundIn(text.substring(whole.start(), span.end()))) {
            return;
        }
        List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end()).stream()
                .filter(m -> !m.group())
                .toList();
        Tier tier = firstTier(text, span, mentions);
        if (tier == null) {
            return;
        }
        String n = tier.count();
        if ((n.equals("1") || n.equals("一")) && mentions.size() - tier.first() == 1) {
            tiers = new TierModel(mentions.get(tier.first()).name(), paragraph);
            return;
        }
        if (tiers == null) {
            return;
        }
        List<String> members = new ArrayList<>();
        for (HospitalDirectory.Mention m : mentions.subList(tier.first(), mentions.size())) {
            if (!m.name().equals(tiers.lead())) {
                SentenceRoles.addOnce(members, m.name());
            }
        }
        if (!members.isEmpty()) {
            record(
                    byName,
                    null,
                    typeOf(text.substring(whole.start(), span.end())),
                    tiers.lead(),
                    members,
                    null,
                    Evidence.of(text, span.start(), span.end()),
                    0.6);
        }
    }

    /** The first of the sentence's hospitals that a tier's count stands before, or null when none does. */
    private static Tier firstTier(String text, TextSegmenter.Span span, List<HospitalDirectory.Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Matcher t =
                    TIER.matcher(text.substring(span.start(), mentions.get(i).start()));
            if (t.find()) {
                return new Tier(i, t.group("n"));
            }
        }
        return null;
    }
}
