package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hospitalatlas.shared.Numbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What other documents say about the figures a comparison shows: every figure is kept, one is chosen (MetricValues,
 * docs/conflicts.md), and those that differ from it are listed beside it.
 */
@Component
class FigureConflicts {

    private final JdbcClient jdbc;

    FigureConflicts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Figure(
            long hospitalId, String indicator, int year, ConflictingFigure figure, String document, int start) {}

    /**
     * The values with the figures other documents give for their inputs, where those differ from the input chosen:
     * one query for all of them, by hospital, code and year (as confident and reviewed as the scope asks, never targets
     * nor rejected figures).
     */
    List<MetricValue> attach(List<MetricValue> chosen, MetricValues.Scope scope) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        Set<Long> hospitals = new LinkedHashSet<>();
        Set<Integer> years = new LinkedHashSet<>();
        chosen.forEach(value -> {
            hospitals.add(value.hospitalId());
            years.add(value.year());
        });
        Map<String, List<Figure>> byKey = new HashMap<>();
        jdbc.sql("""
                        select v.hospital_id, v.indicator_code, v.year, v.value, v.qualifier, d.slug as document,
                               d.published_on, v.char_start, v.char_end, v.quote, v.confidence
                        from indicator_value v
                        join source_document d on d.id = v.document_id
                        where not v.is_target
                          and v.kind = :kind
                          and v.hospital_id in (:hospitals)
                          and v.indicator_code in (:inputs)
                          and v.year in (:years)
                          and v.confidence >= :minConfidence
                          and v.review_state <> 'rejected'
                          and (not :reviewedOnly or v.review_state in ('confirmed', 'corrected'))
                        order by v.review_state in ('confirmed', 'corrected') desc, d.published_on desc nulls last,
                                 v.confidence desc, v.id
                        """)
                .param("kind", scope.kind())
                .param("hospitals", List.copyOf(hospitals))
                .param("inputs", scope.inputs())
                .param("years", List.copyOf(years))
                .param("minConfidence", scope.minConfidence())
                .param("reviewedOnly", scope.reviewedOnly())
                .query((rs, row) -> new Figure(
                        rs.getLong("hospital_id"),
                        rs.getString("indicator_code"),
                        rs.getInt("year"),
                        new ConflictingFigure(
                                rs.getString("indicator_code"),
                                Numbers.plain(rs.getBigDecimal("value")),
                                rs.getString("qualifier"),
                                rs.getString("document"),
                                rs.getObject("published_on", LocalDate.class),
                                rs.getInt("char_start"),
                                rs.getInt("char_end"),
                                rs.getString("quote"),
                                Numbers.plain(rs.getBigDecimal("confidence"))),
                        rs.getString("document"),
                        rs.getInt("char_start")))
                .list()
                .forEach(figure -> byKey.computeIfAbsent(
                                key(figure.hospitalId(), figure.indicator(), figure.year()), k -> new ArrayList<>())
                        .add(figure));
        List<MetricValue> result = new ArrayList<>(chosen.size());
        for (MetricValue value : chosen) {
            List<ConflictingFigure> conflicts = new ArrayList<>();
            for (ValueEvidence input : value.evidence()) {
                List<Figure> figures =
                        byKey.getOrDefault(key(value.hospitalId(), input.indicator(), value.year()), List.of());
                BigDecimal shown = figures.stream()
                        .filter(f -> f.document().equals(input.document()) && f.start() == input.start())
                        .map(f -> f.figure().value())
                        .findFirst()
                        .orElse(null);
                for (Figure figure : figures) {
                    if (shown != null && figure.figure().value().compareTo(shown) != 0) {
                        conflicts.add(figure.figure());
                    }
                }
            }
            result.add(conflicts.isEmpty() ? value : value.withConflicts(conflicts));
        }
        return result;
    }

    private static String key(long hospitalId, String indicator, int year) {
        return hospitalId + "/" + indicator + "/" + year;
    }
}
