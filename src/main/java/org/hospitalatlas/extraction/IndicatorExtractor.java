package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hospitalatlas.extraction.IndicatorAttachments.Attachment;

/**
 * Attaches figures to the indicator named next to them: the nearest indicator word before the figure in the same
 * clause ("出院人次14.2万"), or one right after it in patterns like "11个专科被评为省级临床重点专科". A figure whose
 * unit does not fit the indicator is dropped rather than guessed. {@link IndicatorAttachments} finds the indicator
 * word, {@link FigureWording} reads what the words around a figure say of it; this class makes and keeps the facts.
 */
final class IndicatorExtractor {

    private final IndicatorVocabulary catalogue;
    private final IndicatorAttachments attachments;

    IndicatorExtractor(IndicatorVocabulary catalogue) {
        this.catalogue = catalogue;
        this.attachments = new IndicatorAttachments(catalogue);
    }

    List<IndicatorFact> extract(
            String text,
            TextSegmenter segments,
            List<Quantity> quantities,
            YearResolver years,
            TargetDetector targets,
            SubjectResolver subjects) {
        List<PhraseMatcher.Match<String>> aliases = catalogue.findAliases(text);
        List<Candidate> facts = new ArrayList<>();
        IndicatorFact previous = null;
        Quantity previousQuantity = null;
        int aliasIndex = 0;
        for (int qi = 0; qi < quantities.size(); qi++) {
            Cancellation.check();
            Quantity q = quantities.get(qi);
            if (q.previousValue() || FigureWording.isPassedMilestone(text, q) || FigureWording.isClockTime(text, q)) {
                continue;
            }
            TextSegmenter.Span sentence = segments.sentenceOf(q.start());
            if (FigureWording.isTotalSinceStart(text, sentence, q)) {
                continue;
            }
            while (aliasIndex < aliases.size() && aliases.get(aliasIndex).end() <= sentence.start()) {
                aliasIndex++;
            }
            Attachment preceding =
                    IndicatorAttachments.precedingAlias(text, segments, aliases, aliasIndex, quantities, qi, sentence);
            Optional<IndicatorFact> fact = Optional.empty();
            Attachment attachment = preceding;
            if (preceding != null && !preceding.alias().value().startsWith("!")) {
                fact = toFact(text, segments, q, preceding, years, targets, subjects);
            }
            if (fact.isEmpty()
                    && (preceding == null || !preceding.alias().value().equals(IndicatorVocabulary.SCOPE))) {
                // "急诊科…等11个专科被评为省级临床重点专科": the word before did not fit, the one after may
                attachment = attachments.followingAlias(text, q, sentence);
                if (attachment != null && !attachment.alias().value().startsWith("!")) {
                    fact = toFact(text, segments, q, attachment, years, targets, subjects);
                }
            }
            if (fact.isEmpty() && preceding == null) {
                attachment = attachments.labelAbove(text, q); // a table flattened one cell a line
                if (attachment != null) {
                    fact = toFact(text, segments, q, attachment, years, targets, subjects);
                }
            }
            if (fact.isPresent() && FigureWording.isPartOfPrevious(text, fact.get(), q, previous, previousQuantity)) {
                continue; // "在册职工403人(包括合同制工作人员77人)": the 77 are counted in the 403
            }
            if (fact.isPresent()) {
                String phrase = attachment.alias().phrase();
                facts.add(new Candidate(fact.get(), sentence.start(), phrase));
                previous = fact.get();
                previousQuantity = q;
            }
        }
        return deduplicate(facts);
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
        if (FigureWording.isDailyOrMidLevel(text, attachment.alias(), q)) {
            return Optional.empty();
        }
        Optional<Measure> measure = measure(text, code, q);
        // a figure of others, of the past, of a department or of several hospitals together is not its hospital's
        if (measure.isEmpty()
                || FigureWording.isOfOthersOrThePast(text, segments, q)
                || DepartmentFigures.isOfADepartment(
                        text, segments, code, attachment.alias().start(), q)
                || FigureWording.isOfManyHospitals(text, segments, q)) {
            return Optional.empty();
        }
        SubjectResolver.Subject subject = subjects.figureSubjectAt(q.start());
        if (subject == null) {
            return Optional.empty();
        }
        Integer year = years.resolve(q.start());
        boolean target = targets.isTarget(q.start(), q.end(), year, years.publicationYear());
        TextSegmenter.Span quote = quote(segments, q, attachment);
        return Optional.of(new IndicatorFact(
                subject.hospital(),
                code,
                year,
                measure.get().kind(),
                measure.get().value(),
                measure.get().unit(),
                q.qualifier().code(),
                target,
                Evidence.of(text, quote.start(), quote.end()),
                confidence(q, attachment, year, subject)));
    }

    /** A figure as its indicator counts it: value, unit and kind (a level, or a year-on-year change). */
    private record Measure(BigDecimal value, String unit, String kind) {}

    /** A year-on-year change in percent, or a level in the catalogue's unit; empty when the unit does not fit. */
    private Optional<Measure> measure(String text, String code, Quantity q) {
        if (q.isYoy()) {
            BigDecimal value = q.yoySign() < 0 ? q.value().negate() : q.value();
            return Optional.of(new Measure(value, "percent", "yoy_change_pct"));
        }
        if (q.unit() == null && !FigureWording.standsAlone(text, q)) {
            return Optional.empty();
        }
        Optional<BigDecimal> converted = catalogue.convert(code, q);
        if (converted.isEmpty() && q.unit() == null && FigureWording.isTableCell(text, q)) {
            converted = Optional.of(q.value()); // "平均住院天数 | 6.59": the table's row names what the cell counts
        }
        return converted.map(value -> new Measure(value, catalogue.unitOf(code), "level"));
    }

    /** The figure's clause, with its indicator word when that stands outside it. */
    private static TextSegmenter.Span quote(TextSegmenter segments, Quantity q, Attachment attachment) {
        TextSegmenter.Span clause = segments.clauseOf(q.start());
        int start = Math.min(clause.start(), attachment.alias().start());
        int end = Math.max(q.end(), attachment.following() ? attachment.alias().end() : clause.end());
        if (!attachment.following()) {
            end = Math.max(q.end(), clause.end());
        }
        return segments.trim(start, end);
    }

    /** Less for a word after the figure, a figure without unit or year; times the subject's confidence. */
    private static double confidence(Quantity q, Attachment attachment, Integer year, SubjectResolver.Subject subject) {
        double confidence = attachment.following() ? 0.8 : 0.9;
        if (q.unit() == null) {
            confidence -= 0.1;
        }
        if (year == null) {
            confidence -= 0.05;
        }
        confidence *= subject.confidence();
        return Math.round(confidence * 100) / 100.0;
    }

    /**
     * One fact per hospital, code, year and kind: results before plans, then the more confident, then the first. Figures
     * that one sentence gives for differently named parts of one indicator ("远程心电报告1.2万份、远程影像报告8600份")
     * are all kept.
     */
    private static List<IndicatorFact> deduplicate(List<Candidate> all) {
        List<Candidate> facts =
                all.stream().filter(c -> !narrowedInItsSentence(c, all)).toList();
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : facts) {
            IndicatorFact f = c.fact();
            String key = f.hospital() + '\u0000' + f.code() + '\u0000' + f.year() + '\u0000' + f.kind();
            Candidate current = best.get(key);
            if (current == null || better(f, current.fact())) {
                best.put(key, c);
            }
        }
        List<IndicatorFact> out = new ArrayList<>();
        for (Candidate kept : best.values()) {
            out.add(kept.fact());
            for (Candidate c : facts) {
                IndicatorFact f = c.fact();
                if (c != kept
                        && c.sentenceStart() == kept.sentenceStart()
                        && !c.aliasPhrase().equals(kept.aliasPhrase())
                        && f.target() == kept.fact().target()
                        && f.hospital().equals(kept.fact().hospital())
                        && f.code().equals(kept.fact().code())
                        && java.util.Objects.equals(f.year(), kept.fact().year())
                        && f.kind().equals(kept.fact().kind())
                        && out.stream()
                                .noneMatch(o -> o.value().compareTo(f.value()) == 0
                                        && o.code().equals(f.code()))) {
                    out.add(f);
                }
            }
        }
        out.sort(Comparator.comparingInt((IndicatorFact f) -> f.evidence().start())
                .thenComparing(IndicatorFact::code));
        return out;
    }

    private record Candidate(IndicatorFact fact, int sentenceStart, String aliasPhrase) {}

    /**
     * "床位800张，开放床位650张", "在职职工1200人，退休职工300人": a figure under a bare word is another measure when its
     * sentence states the same indicator under a fuller word ending with it (开放床位 for 床位, 在职职工 for 职工).
     */
    private static boolean narrowedInItsSentence(Candidate c, List<Candidate> all) {
        IndicatorFact f = c.fact();
        return all.stream()
                .anyMatch(o -> o != c
                        && o.sentenceStart() == c.sentenceStart()
                        && o.aliasPhrase().length() > c.aliasPhrase().length()
                        && o.aliasPhrase().endsWith(c.aliasPhrase())
                        && o.fact().hospital().equals(f.hospital())
                        && o.fact().code().equals(f.code())
                        && o.fact().kind().equals(f.kind()));
    }

    private static boolean better(IndicatorFact candidate, IndicatorFact current) {
        if (candidate.target() != current.target()) {
            return !candidate.target();
        }
        return candidate.confidence() > current.confidence();
    }
}
