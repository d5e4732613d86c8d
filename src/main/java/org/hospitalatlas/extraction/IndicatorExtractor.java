package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attaches figures to the indicator named next to them: the nearest indicator word before the figure in the same
 * clause ("出院人次14.2万"), or one right after it in patterns like "11个专科被评为省级临床重点专科". A figure whose
 * unit does not fit the indicator is dropped rather than guessed.
 */
final class IndicatorExtractor {

    private static final String CLAUSE_BREAKS = "，,；;：:。！？!?";
    private static final Pattern FOLLOWING_DESIGNATION =
            Pattern.compile("^[^，,；;。：:]{0,6}?(?:被评为|被列为|被确定为|获评|评为|入选|列入|成为|获批)(?:为)?");

    private final IndicatorCatalogue catalogue;

    IndicatorExtractor(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<IndicatorFact> extract(
            String text,
            TextSegmenter segments,
            List<Quantity> quantities,
            YearResolver years,
            TargetDetector targets,
            SubjectResolver subjects) {
        List<PhraseMatcher.Match<String>> aliases = catalogue.findAliases(text);
        List<IndicatorFact> facts = new ArrayList<>();
        int aliasIndex = 0;
        for (int qi = 0; qi < quantities.size(); qi++) {
            Quantity q = quantities.get(qi);
            if (q.previousValue()) {
                continue;
            }
            TextSegmenter.Span sentence = segments.sentenceOf(q.start());
            while (aliasIndex < aliases.size() && aliases.get(aliasIndex).end() <= sentence.start()) {
                aliasIndex++;
            }
            Attachment attachment = precedingAlias(text, aliases, aliasIndex, quantities, qi, sentence);
            if (attachment == null) {
                attachment = followingAlias(text, q, sentence);
            }
            if (attachment == null || attachment.alias().value().startsWith("!")) {
                continue;
            }
            toFact(text, segments, q, attachment, years, targets, subjects).ifPresent(facts::add);
        }
        return deduplicate(facts);
    }

    private record Attachment(PhraseMatcher.Match<String> alias, boolean following) {}

    private Attachment precedingAlias(
            String text,
            List<PhraseMatcher.Match<String>> aliases,
            int from,
            List<Quantity> quantities,
            int qi,
            TextSegmenter.Span sentence) {
        Quantity q = quantities.get(qi);
        PhraseMatcher.Match<String> nearest = null;
        for (int i = from; i < aliases.size(); i++) {
            PhraseMatcher.Match<String> a = aliases.get(i);
            if (a.start() >= q.start()) {
                break;
            }
            if (a.start() < sentence.start()) {
                continue;
            }
            if (a.value().equals(IndicatorCatalogue.SCOPE)) {
                return new Attachment(a, false); // region or third-party figures follow
            }
            if (a.end() <= q.start()) {
                nearest = a;
            }
        }
        if (nearest == null || containsAny(text, nearest.end(), q.start(), CLAUSE_BREAKS)) {
            return null;
        }
        // another figure in between already belongs to that word ("远程心电 1893 例、远程教学 40 余场")
        for (int j = qi - 1; j >= 0; j--) {
            Quantity other = quantities.get(j);
            if (other.end() <= nearest.end()) {
                break;
            }
            if (!other.previousValue() && !(q.isYoy() && !other.isYoy()) && isMeasure(other)) {
                return null;
            }
        }
        return new Attachment(nearest, false);
    }

    private Attachment followingAlias(String text, Quantity q, TextSegmenter.Span sentence) {
        if (q.end() >= sentence.end()) {
            return null;
        }
        String after = text.substring(q.end(), Math.min(sentence.end(), q.end() + 24));
        Matcher m = FOLLOWING_DESIGNATION.matcher(after);
        if (!m.find()) {
            return null;
        }
        PhraseMatcher.Match<String> alias = catalogue.aliasAt(text, q.end() + m.end());
        if (alias == null || !"count".equals(catalogue.unitOf(alias.value()))) {
            return null;
        }
        return new Attachment(alias, true);
    }

    private Optional<IndicatorFact> toFact(
            String text,
            TextSegmenter segments,
            Quantity q,
            Attachment attachment,
            YearResolver years,
            TargetDetector targets,
            SubjectResolver subjects) {
        String code = attachment.alias().value();
        BigDecimal value;
        String unit;
        String kind;
        if (q.isYoy()) {
            value = q.yoySign() < 0 ? q.value().negate() : q.value();
            unit = "percent";
            kind = "yoy_change_pct";
        } else {
            if (q.unit() == null && !standsAlone(text, q)) {
                return Optional.empty();
            }
            Optional<BigDecimal> converted = catalogue.convert(code, q);
            if (converted.isEmpty()) {
                return Optional.empty();
            }
            value = converted.get();
            unit = catalogue.unitOf(code);
            kind = "level";
        }
        SubjectResolver.Subject subject = subjects.subjectAt(q.start());
        if (subject == null) {
            return Optional.empty();
        }
        Integer year = years.resolve(q.start());
        boolean target = targets.isTarget(q.start(), q.end(), year, years.publicationYear());
        TextSegmenter.Span clause = segments.clauseOf(q.start());
        int start = Math.min(clause.start(), attachment.alias().start());
        int end = Math.max(q.end(), attachment.following() ? attachment.alias().end() : clause.end());
        if (!attachment.following()) {
            end = Math.max(q.end(), clause.end());
        }
        TextSegmenter.Span quote = segments.trim(start, end);
        double confidence = attachment.following() ? 0.8 : 0.9;
        if (q.unit() == null) {
            confidence -= 0.1;
        }
        if (year == null) {
            confidence -= 0.05;
        }
        confidence *= subject.confidence();
        return Optional.of(new IndicatorFact(
                subject.hospital(),
                code,
                year,
                kind,
                value,
                unit,
                q.qualifier().code(),
                target,
                Evidence.of(text, quote.start(), quote.end()),
                Math.round(confidence * 100) / 100.0));
    }

    /** A figure without unit counts only when nothing follows it in the clause ("门诊人次248.4万，"). */
    private static boolean standsAlone(String text, Quantity q) {
        if (q.end() >= text.length()) {
            return true;
        }
        char next = text.charAt(q.end());
        return CLAUSE_BREAKS.indexOf(next) >= 0
                || next == '、'
                || Character.isWhitespace(next)
                || next == '）'
                || next == ')';
    }

    private static boolean isMeasure(Quantity q) {
        return q.unit() == null
                || !(q.unit().equals("年") || q.unit().equals("月") || q.unit().equals("日"));
    }

    private static boolean containsAny(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** One fact per hospital, code, year and kind: results before plans, then the more confident, then the first. */
    private static List<IndicatorFact> deduplicate(List<IndicatorFact> facts) {
        Map<String, IndicatorFact> best = new LinkedHashMap<>();
        for (IndicatorFact f : facts) {
            String key = f.hospital() + '\u0000' + f.code() + '\u0000' + f.year() + '\u0000' + f.kind();
            IndicatorFact current = best.get(key);
            if (current == null || better(f, current)) {
                best.put(key, f);
            }
        }
        List<IndicatorFact> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt((IndicatorFact f) -> f.evidence().start())
                .thenComparing(IndicatorFact::code));
        return out;
    }

    private static boolean better(IndicatorFact candidate, IndicatorFact current) {
        if (candidate.target() != current.target()) {
            return !candidate.target();
        }
        return candidate.confidence() > current.confidence();
    }
}
