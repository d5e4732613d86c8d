package org.hospitalatlas.compare;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.indicator.ConflictingFigure;
import org.hospitalatlas.indicator.DisputeFilter;
import org.hospitalatlas.indicator.DisputedFigure;
import org.hospitalatlas.indicator.FigureDisputes;
import org.hospitalatlas.shared.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where documents disagree: hospital, indicator, year and kind with more than one value among the figures that count
 * (no targets nor rejected figures, confident enough), each figure ranked as comparisons choose (MetricValues: confirmed
 * or corrected, then newest publication, then most confident).
 */
@Service
class ConflictQueries {

    private final FigureDisputes disputes;
    private final HospitalLabels hospitals;

    ConflictQueries(FigureDisputes disputes, HospitalLabels hospitals) {
        this.disputes = disputes;
        this.hospitals = hospitals;
    }

    /** Disagreements, by hospital name, indicator, year and kind; null filters mean any. */
    @Transactional(readOnly = true)
    public ResultPage<Conflict> list(
            String indicator,
            String hospitalSlug,
            BigDecimal minConfidence,
            OffsetDateTime updatedSince,
            int page,
            int size) {
        Long hospital = hospitalSlug == null
                ? null
                : hospitals.requireAll(List.of(hospitalSlug)).get(0).id();
        DisputeFilter filter = new DisputeFilter(indicator, hospital, minConfidence, updatedSince);
        long total = disputes.count(filter);
        Map<String, Conflict> conflicts = new LinkedHashMap<>();
        Map<String, List<ConflictingFigure>> others = new LinkedHashMap<>();
        for (DisputedFigure disputed : disputes.page(filter, page, size)) {
            String key =
                    disputed.hospitalId() + "/" + disputed.indicator() + "/" + disputed.year() + "/" + disputed.kind();
            ConflictingFigure figure = disputed.figure();
            if (disputed.rank() == 1) {
                conflicts.put(
                        key,
                        new Conflict(
                                disputed.hospital(),
                                disputed.indicator(),
                                disputed.year(),
                                disputed.kind(),
                                figure,
                                List.of()));
                others.put(key, new ArrayList<>());
            } else if (figure.value().compareTo(conflicts.get(key).chosen().value()) != 0) {
                others.get(key).add(figure);
            }
        }
        List<Conflict> items = new ArrayList<>(conflicts.size());
        conflicts.forEach((key, conflict) -> items.add(new Conflict(
                conflict.hospital(),
                conflict.indicator(),
                conflict.year(),
                conflict.kind(),
                conflict.chosen(),
                List.copyOf(others.get(key)))));
        return new ResultPage<>(items, total);
    }
}
