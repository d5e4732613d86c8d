package org.hospitalatlas.consortium;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hospitalatlas.indicator.IndicatorInfo;
import org.hospitalatlas.indicator.MatrixCell;
import org.hospitalatlas.indicator.MetricCatalogue;
import org.hospitalatlas.indicator.MetricValue;
import org.hospitalatlas.indicator.MetricValues;
import org.hospitalatlas.shared.CloseMatches;
import org.hospitalatlas.shared.NotFoundException;
import org.hospitalatlas.shared.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consortia (医联体) for dashboards: a list, one consortium with its members, and a comparison. */
@Service
public class ConsortiumQueries {

    /** The lead hospitals' figures a consortium comparison shows unless told otherwise. */
    static final List<String> KEY_INDICATORS =
            List.of("beds_open", "staff_total", "outpatient_visits", "discharges", "revenue");

    private final ConsortiumRepository consortia;
    private final MetricCatalogue metrics;
    private final MetricValues values;

    ConsortiumQueries(ConsortiumRepository consortia, MetricCatalogue metrics, MetricValues values) {
        this.consortia = consortia;
        this.metrics = metrics;
        this.values = values;
    }

    @Transactional(readOnly = true)
    ResultPage<ConsortiumSummary> list(ConsortiumFilter filter, ConsortiumSort sort, int page, int size) {
        return consortia.list(filter, sort, page, size);
    }

    /** The consortium, whatever its own confidence, with its members read at least {@code minConfidence} sure. */
    @Transactional(readOnly = true)
    ConsortiumDetails details(String slug, BigDecimal minConfidence) {
        ListedConsortium consortium = requireAll(List.of(slug), minConfidence).get(0);
        ConsortiumSummary summary = consortium.summary();
        return new ConsortiumDetails(
                summary.slug(),
                summary.name(),
                summary.type(),
                summary.establishedOn(),
                summary.establishedPrecision(),
                summary.lead(),
                consortia.members(consortium.id(), minConfidence),
                summary.evidence());
    }

    /**
     * The consortia named by {@code slugs}, in that order: membership by role, and the latest figure of
     * each of {@code indicators} (null = {@link #KEY_INDICATORS}) for their lead hospitals; memberships and
     * figures at least {@code minConfidence} confident.
     */
    @Transactional(readOnly = true)
    ConsortiumComparison compare(List<String> slugs, List<String> indicators, BigDecimal minConfidence) {
        List<IndicatorInfo> infos = metrics.requireAll(indicators == null ? KEY_INDICATORS : indicators);
        List<ListedConsortium> listed = requireAll(slugs, minConfidence);
        Map<String, Map<String, Integer>> roles = consortia.membersByRole(slugs, minConfidence);
        Map<Long, Map<String, MetricValue>> latest = latestOfLeads(listed, infos, minConfidence);
        List<ConsortiumComparison.Row> rows = new ArrayList<>();
        for (ListedConsortium consortium : listed) {
            ConsortiumSummary summary = consortium.summary();
            rows.add(new ConsortiumComparison.Row(
                    summary.slug(),
                    summary.name(),
                    summary.type(),
                    summary.establishedOn() == null
                            ? null
                            : summary.establishedOn().getYear(),
                    summary.memberCount(),
                    roles.getOrDefault(summary.slug(), Map.of()),
                    summary.lead(),
                    leadCells(consortium, infos, latest)));
        }
        return new ConsortiumComparison(infos, rows);
    }

    /** Per lead hospital, the latest figure of each indicator at least {@code minConfidence} sure. */
    private Map<Long, Map<String, MetricValue>> latestOfLeads(
            List<ListedConsortium> listed, List<IndicatorInfo> infos, BigDecimal minConfidence) {
        List<Long> leads = listed.stream()
                .map(ListedConsortium::leadId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, Map<String, MetricValue>> latest = new HashMap<>();
        for (MetricValue value :
                values.values(MetricValues.Scope.levels(infos, null, leads).atLeast(minConfidence))) {
            latest.computeIfAbsent(value.hospitalId(), id -> new HashMap<>())
                    .merge(value.code(), value, (a, b) -> b.year() > a.year() ? b : a);
        }
        return latest;
    }

    /** The lead's figure per indicator, an empty cell where it has none; null for a consortium without a lead. */
    private static Map<String, MatrixCell> leadCells(
            ListedConsortium consortium, List<IndicatorInfo> infos, Map<Long, Map<String, MetricValue>> latest) {
        if (consortium.leadId() == null) {
            return null;
        }
        Map<String, MatrixCell> cells = new LinkedHashMap<>();
        Map<String, MetricValue> figures = latest.getOrDefault(consortium.leadId(), Map.of());
        for (IndicatorInfo info : infos) {
            MetricValue value = figures.get(info.code());
            cells.put(info.code(), value == null ? MatrixCell.empty(info.unit()) : MatrixCell.of(value, info.unit()));
        }
        return cells;
    }

    private List<ListedConsortium> requireAll(List<String> slugs, BigDecimal minConfidence) {
        Map<String, ListedConsortium> found = new HashMap<>();
        consortia
                .listed(slugs, minConfidence)
                .forEach(listed -> found.put(listed.summary().slug(), listed));
        List<ListedConsortium> ordered = new ArrayList<>();
        for (String slug : slugs) {
            ListedConsortium listed = found.get(slug);
            if (listed == null) {
                throw new NotFoundException("consortium", slug, CloseMatches.of(slug, consortia.findAllSlugs(), 3));
            }
            ordered.add(listed);
        }
        return ordered;
    }

    /** The consortia a hospital belongs to, with its role. */
    @Transactional(readOnly = true)
    public List<MembershipEntry> membershipsOf(long hospitalId, BigDecimal minConfidence) {
        return consortia.membershipsOf(hospitalId, minConfidence);
    }
}
