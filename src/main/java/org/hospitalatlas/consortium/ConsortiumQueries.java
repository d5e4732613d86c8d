package org.hospitalatlas.consortium;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hospitalatlas.hospital.HospitalLabel;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.indicator.IndicatorInfo;
import org.hospitalatlas.indicator.MatrixCell;
import org.hospitalatlas.indicator.MetricCatalogue;
import org.hospitalatlas.indicator.MetricValue;
import org.hospitalatlas.indicator.MetricValues;
import org.hospitalatlas.shared.CloseMatches;
import org.hospitalatlas.shared.Evidence;
import org.hospitalatlas.shared.Like;
import org.hospitalatlas.shared.NotFoundException;
import org.hospitalatlas.shared.Numbers;
import org.hospitalatlas.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consortia (医联体) for dashboards: a list, one consortium with its members, and a comparison. */
@Service
public class ConsortiumQueries {

    /** The lead hospitals' figures a consortium comparison shows unless told otherwise. */
    static final List<String> KEY_INDICATORS =
            List.of("beds_open", "staff_total", "outpatient_visits", "discharges", "revenue");

    private static final String CONSORTIA = """
            select c.id, c.slug, c.name, c.type, c.established_on, c.established_precision,
                   d.slug as document, c.char_start, c.char_end, c.quote, c.confidence,
                   (select count(distinct m.hospital_id) from consortium_member m
                    where m.consortium_id = c.id and m.confidence >= :minConfidence and m.review_state <> 'rejected') as member_count,
                   l.id as lead_id, l.slug as lead_slug, l.name_zh as lead_name, l.province as lead_province,
                   l.city as lead_city, l.level as lead_level, l.category as lead_category
            from consortium c
            join source_document d on d.id = c.document_id
            left join lateral (
                select h.id, h.slug, h.name_zh, h.province, h.city, h.level, h.category
                from consortium_member m
                join hospital h on h.id = m.hospital_id
                where m.consortium_id = c.id and m.role = 'lead' and m.confidence >= :minConfidence and m.review_state <> 'rejected'
                order by h.name_zh, h.id
                limit 1
            ) l on true
            where (cast(:type as text) is null or c.type = :type)
              and c.confidence >= :minConsortiumConfidence and c.review_state <> 'rejected'
              and (cast(:province as text) is null or exists (
                      select 1 from consortium_member m
                      join hospital h on h.id = m.hospital_id
                      where m.consortium_id = c.id and m.confidence >= :minConfidence and m.review_state <> 'rejected'
                        and h.province like :province || '%' escape '\\'))
              and (:allSlugs or c.slug in (:slugs))
              and (cast(:since as timestamptz) is null or c.updated_at > :since
                   or exists (select 1 from consortium_member m where m.consortium_id = c.id and m.updated_at > :since))
            """;

    private record Listed(long id, Long leadId, ConsortiumSummary summary) {}

    private record RoleCount(String slug, String role, int n) {}

    private final JdbcClient jdbc;
    private final MetricCatalogue metrics;
    private final MetricValues values;

    ConsortiumQueries(JdbcClient jdbc, MetricCatalogue metrics, MetricValues values) {
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.values = values;
    }

    @Transactional(readOnly = true)
    ResultPage<ConsortiumSummary> list(ConsortiumFilter filter, ConsortiumSort sort, int page, int size) {
        long total = bind(jdbc.sql("select count(*) from (" + CONSORTIA + ") counted"), filter, null)
                .query(Long.class)
                .single();
        List<ConsortiumSummary> items = bind(
                        jdbc.sql(CONSORTIA + " order by " + sort.orderBy() + " limit :limit offset :offset"),
                        filter,
                        null)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> listed(rs).summary())
                .list();
        return new ResultPage<>(items, total);
    }

    /** The consortium, whatever its own confidence, with its members read at least {@code minConfidence} sure. */
    @Transactional(readOnly = true)
    ConsortiumDetails details(String slug, BigDecimal minConfidence) {
        Listed consortium = requireAll(List.of(slug), minConfidence).get(0);
        ConsortiumSummary summary = consortium.summary();
        List<ConsortiumDetails.Member> members = jdbc.sql("""
                        select h.slug, h.name_zh as name, h.province, h.city, h.level, h.category, m.role,
                               d.slug as document, m.char_start, m.char_end, m.quote, m.confidence
                        from consortium_member m
                        join hospital h on h.id = m.hospital_id
                        join source_document d on d.id = m.document_id
                        where m.consortium_id = :id and m.confidence >= :minConfidence and m.review_state <> 'rejected'
                        order by array_position(array['lead', 'output_hospital', 'member', 'input_hospital', 'merged'],
                                                m.role),
                                 h.name_zh, h.id
                        """)
                .param("id", consortium.id())
                .param("minConfidence", minConfidence)
                .query((rs, row) ->
                        new ConsortiumDetails.Member(HospitalLabels.label(rs), rs.getString("role"), evidence(rs)))
                .list();
        return new ConsortiumDetails(
                summary.slug(),
                summary.name(),
                summary.type(),
                summary.establishedOn(),
                summary.establishedPrecision(),
                summary.lead(),
                members,
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
        List<Listed> consortia = requireAll(slugs, minConfidence);
        Map<String, Map<String, Integer>> roles = new HashMap<>();
        jdbc.sql("""
                        select c.slug, m.role, count(distinct m.hospital_id) as n
                        from consortium_member m
                        join consortium c on c.id = m.consortium_id
                        where c.slug in (:slugs) and m.confidence >= :minConfidence and m.review_state <> 'rejected'
                        group by c.slug, m.role
                        order by c.slug,
                                 array_position(array['lead', 'output_hospital', 'member', 'input_hospital', 'merged'],
                                                m.role)
                        """)
                .param("slugs", slugs)
                .param("minConfidence", minConfidence)
                .query(RoleCount.class)
                .list()
                .forEach(count -> roles.computeIfAbsent(count.slug(), s -> new LinkedHashMap<>())
                        .put(count.role(), count.n()));
        List<Long> leads = consortia.stream()
                .map(Listed::leadId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, Map<String, MetricValue>> latest = new HashMap<>();
        for (MetricValue value :
                values.values(MetricValues.Scope.levels(infos, null, leads).atLeast(minConfidence))) {
            latest.computeIfAbsent(value.hospitalId(), id -> new HashMap<>())
                    .merge(value.code(), value, (a, b) -> b.year() > a.year() ? b : a);
        }
        List<ConsortiumComparison.Row> rows = new ArrayList<>();
        for (Listed consortium : consortia) {
            ConsortiumSummary summary = consortium.summary();
            Map<String, MatrixCell> cells = null;
            if (consortium.leadId() != null) {
                cells = new LinkedHashMap<>();
                Map<String, MetricValue> figures = latest.getOrDefault(consortium.leadId(), Map.of());
                for (IndicatorInfo info : infos) {
                    MetricValue value = figures.get(info.code());
                    cells.put(
                            info.code(),
                            value == null ? MatrixCell.empty(info.unit()) : MatrixCell.of(value, info.unit()));
                }
            }
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
                    cells));
        }
        return new ConsortiumComparison(infos, rows);
    }

    private List<Listed> requireAll(List<String> slugs, BigDecimal minConfidence) {
        Map<String, Listed> found = new HashMap<>();
        bind(jdbc.sql(CONSORTIA), new ConsortiumFilter(null, null, minConfidence, null), slugs)
                .query((rs, row) -> listed(rs))
                .list()
                .forEach(listed -> found.put(listed.summary().slug(), listed));
        List<Listed> ordered = new ArrayList<>();
        for (String slug : slugs) {
            Listed listed = found.get(slug);
            if (listed == null) {
                List<String> known = jdbc.sql("select slug from consortium order by slug")
                        .query(String.class)
                        .list();
                throw new NotFoundException("consortium", slug, CloseMatches.of(slug, known, 3));
            }
            ordered.add(listed);
        }
        return ordered;
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, ConsortiumFilter filter, List<String> slugs) {
        return statement
                .param("type", filter.type())
                .param("province", filter.province() == null ? null : Like.escape(filter.province()))
                .param("minConfidence", filter.minConfidence())
                .param("since", filter.updatedSince())
                // a consortium asked for by slug is answered whatever its own confidence; a list leaves it out
                .param("minConsortiumConfidence", slugs == null ? filter.minConfidence() : BigDecimal.ZERO)
                .param("allSlugs", slugs == null)
                .param("slugs", slugs == null || slugs.isEmpty() ? List.of("") : slugs);
    }

    private static Listed listed(ResultSet rs) throws SQLException {
        HospitalLabel lead = rs.getString("lead_slug") == null
                ? null
                : new HospitalLabel(
                        rs.getString("lead_slug"),
                        rs.getString("lead_name"),
                        rs.getString("lead_province"),
                        rs.getString("lead_city"),
                        rs.getString("lead_level"),
                        rs.getString("lead_category"));
        ConsortiumSummary summary = new ConsortiumSummary(
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("type"),
                rs.getObject("established_on", LocalDate.class),
                rs.getString("established_precision"),
                lead,
                rs.getInt("member_count"),
                evidence(rs));
        return new Listed(rs.getLong("id"), rs.getObject("lead_id", Long.class), summary);
    }

    private static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(
                rs.getString("document"),
                rs.getInt("char_start"),
                rs.getInt("char_end"),
                rs.getString("quote"),
                Numbers.plain(rs.getBigDecimal("confidence")));
    }

    /** The consortia a hospital belongs to, with its role. */
    @Transactional(readOnly = true)
    public List<MembershipEntry> membershipsOf(long hospitalId, BigDecimal minConfidence) {
        return jdbc.sql("""
                        select c.slug, c.name, c.type, m.role, d.slug as document, m.char_start, m.char_end, m.quote,
                               m.confidence
                        from consortium_member m
                        join consortium c on c.id = m.consortium_id
                        join source_document d on d.id = m.document_id
                        where m.hospital_id = :id and m.confidence >= :minConfidence
                          and m.review_state <> 'rejected' and c.review_state <> 'rejected'
                        order by c.name, m.role
                        """)
                .param("id", hospitalId)
                .param("minConfidence", minConfidence)
                .query((rs, row) -> new MembershipEntry(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("role"),
                        new Evidence(
                                rs.getString("document"),
                                rs.getInt("char_start"),
                                rs.getInt("char_end"),
                                rs.getString("quote"),
                                Numbers.plain(rs.getBigDecimal("confidence")))))
                .list();
    }
}
