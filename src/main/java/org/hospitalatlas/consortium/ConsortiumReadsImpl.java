package org.hospitalatlas.consortium;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.hospital.HospitalLabel;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.shared.Evidence;
import org.hospitalatlas.shared.Numbers;
import org.hospitalatlas.shared.ProvinceFilter;
import org.hospitalatlas.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ConsortiumReads} in SQL. */
class ConsortiumReadsImpl implements ConsortiumReads {

    /** The memberships of member {@code m} a read shows: read with {@code :minConfidence} or more, not rejected. */
    private static final String MEMBER_SHOWN = "m.confidence >= :minConfidence and m.review_state <> 'rejected'";

    /** A consortium with a member shown in :province, or any consortium when no province is asked for. */
    private static final String MEMBER_IN_PROVINCE =
            ProvinceFilter.whenAsked("""
            exists (
                  select 1 from consortium_member m
                  join hospital h on h.id = m.hospital_id
                  where m.consortium_id = c.id and %s
                    and %s)""".formatted(MEMBER_SHOWN, ProvinceFilter.startsWith("h")));

    /**
     * Consortia with their document, member count and lead (the first by name), filtered by type, a member's
     * province, confidence, slugs and change time. A consortium asked for by slug is answered whatever its own
     * confidence ({@code :minConsortiumConfidence} 0); a list leaves it out.
     */
    private static final String CONSORTIA = """
            select c.id, c.slug, c.name, c.type, c.established_on, c.established_precision,
                   d.slug as document, c.char_start, c.char_end, c.quote, c.confidence,
                   (select count(distinct m.hospital_id) from consortium_member m
                    where m.consortium_id = c.id and %1$s) as member_count,
                   l.id as lead_id, l.slug as lead_slug, l.name_zh as lead_name, l.province as lead_province,
                   l.city as lead_city, l.level as lead_level, l.category as lead_category
            from consortium c
            join source_document d on d.id = c.document_id
            left join lateral (
                select h.id, h.slug, h.name_zh, h.province, h.city, h.level, h.category
                from consortium_member m
                join hospital h on h.id = m.hospital_id
                where m.consortium_id = c.id and m.role = 'lead' and %1$s
                order by h.name_zh, h.id
                limit 1
            ) l on true
            where (cast(:type as text) is null or c.type = :type)
              and c.confidence >= :minConsortiumConfidence and c.review_state <> 'rejected'
              and %2$s
              and (:allSlugs or c.slug in (:slugs))
              and (cast(:since as timestamptz) is null or c.updated_at > :since
                   or exists (select 1 from consortium_member m where m.consortium_id = c.id and m.updated_at > :since))
            """.formatted(MEMBER_SHOWN, MEMBER_IN_PROVINCE);

    private static final String COUNT = "select count(*) from (" + CONSORTIA + ") counted";

    private static final String PAGE = " limit :limit offset :offset";

    /** The roles in the order a consortium's members are shown: the lead first, merged hospitals last. */
    private static final String ROLE_ORDER =
            "array_position(array['lead', 'output_hospital', 'member', 'input_hospital', 'merged'], m.role)";

    private static final String MEMBERS = """
            select h.slug, h.name_zh as name, h.province, h.city, h.level, h.category, m.role,
                   d.slug as document, m.char_start, m.char_end, m.quote, m.confidence
            from consortium_member m
            join hospital h on h.id = m.hospital_id
            join source_document d on d.id = m.document_id
            where m.consortium_id = :id and %s
            order by %s, h.name_zh, h.id""".formatted(MEMBER_SHOWN, ROLE_ORDER);

    private static final String MEMBERS_BY_ROLE = """
            select c.slug, m.role, count(distinct m.hospital_id) as n
            from consortium_member m
            join consortium c on c.id = m.consortium_id
            where c.slug in (:slugs) and %s
            group by c.slug, m.role
            order by c.slug, %s""".formatted(MEMBER_SHOWN, ROLE_ORDER);

    private static final String MEMBERSHIPS_OF = """
            select c.slug, c.name, c.type, m.role, d.slug as document, m.char_start, m.char_end, m.quote,
                   m.confidence
            from consortium_member m
            join consortium c on c.id = m.consortium_id
            join source_document d on d.id = m.document_id
            where m.hospital_id = :id and %s and c.review_state <> 'rejected'
            order by c.name, m.role
            """.formatted(MEMBER_SHOWN);

    private record RoleCount(String slug, String role, int n) {}

    private final JdbcClient jdbc;

    ConsortiumReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ResultPage<ConsortiumSummary> list(ConsortiumFilter filter, ConsortiumSort sort, int page, int size) {
        long total = bind(jdbc.sql(COUNT), filter, null).query(Long.class).single();
        List<ConsortiumSummary> items = bind(jdbc.sql(CONSORTIA + " order by " + sort.orderBy() + PAGE), filter, null)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> listed(rs).summary())
                .list();
        return new ResultPage<>(items, total);
    }

    @Override
    public List<ListedConsortium> listed(List<String> slugs, BigDecimal minConfidence) {
        return bind(jdbc.sql(CONSORTIA), new ConsortiumFilter(null, null, minConfidence, null), slugs)
                .query((rs, row) -> listed(rs))
                .list();
    }

    @Override
    public List<ConsortiumDetails.Member> members(long consortiumId, BigDecimal minConfidence) {
        return jdbc.sql(MEMBERS)
                .param("id", consortiumId)
                .param("minConfidence", minConfidence)
                .query((rs, row) ->
                        new ConsortiumDetails.Member(HospitalLabels.label(rs), rs.getString("role"), evidence(rs)))
                .list();
    }

    @Override
    public Map<String, Map<String, Integer>> membersByRole(List<String> slugs, BigDecimal minConfidence) {
        Map<String, Map<String, Integer>> roles = new HashMap<>();
        jdbc.sql(MEMBERS_BY_ROLE)
                .param("slugs", slugs)
                .param("minConfidence", minConfidence)
                .query(RoleCount.class)
                .list()
                .forEach(count -> roles.computeIfAbsent(count.slug(), s -> new LinkedHashMap<>())
                        .put(count.role(), count.n()));
        return roles;
    }

    @Override
    public List<MembershipEntry> membershipsOf(long hospitalId, BigDecimal minConfidence) {
        return jdbc.sql(MEMBERSHIPS_OF)
                .param("id", hospitalId)
                .param("minConfidence", minConfidence)
                .query((rs, row) -> new MembershipEntry(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("role"),
                        evidence(rs)))
                .list();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, ConsortiumFilter filter, List<String> slugs) {
        return statement
                .param("type", filter.type())
                .param("province", ProvinceFilter.bound(filter.province()))
                .param("minConfidence", filter.minConfidence())
                .param("since", filter.updatedSince())
                .param("minConsortiumConfidence", slugs == null ? filter.minConfidence() : BigDecimal.ZERO)
                .param("allSlugs", slugs == null)
                .param("slugs", slugs == null || slugs.isEmpty() ? List.of("") : slugs);
    }

    private static ListedConsortium listed(ResultSet rs) throws SQLException {
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
        return new ListedConsortium(rs.getLong("id"), rs.getObject("lead_id", Long.class), summary);
    }

    private static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(
                rs.getString("document"),
                rs.getInt("char_start"),
                rs.getInt("char_end"),
                rs.getString("quote"),
                Numbers.plain(rs.getBigDecimal("confidence")));
    }
}
