package org.hospitalatlas.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hospitalatlas.database.FactTables;
import org.hospitalatlas.shared.ProvinceFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ReviewedFacts} in SQL. Each kind has one view: a select of {@link ReviewedFact}'s columns over its table
 * aliased {@code f}, ready for a where clause; finding, queueing and carrying over compose their queries from it.
 */
class ReviewedFactsImpl implements ReviewedFacts {

    private static final String INDICATOR_VALUE_VIEW = """
            select 'indicator-values' as kind, f.id, f.review_state, f.reviewed_by, f.reviewed_at, d.slug as document,
                   f.char_start, f.char_end, f.quote, f.confidence, h.slug as hospital, h.name_zh as hospital_name,
                   h.province, f.indicator_code as indicator, f.kind as value_kind, cast(f.year as integer) as year,
                   f.value,
                   case when f.kind = 'yoy_change_pct' then 'percent' else i.unit end as unit, f.qualifier,
                   cast(null as text) as designation, cast(null as text) as consortium,
                   cast(null as text) as role, f.is_target as target,
                   concat_ws('|', f.hospital_id, f.indicator_code, f.year, f.kind, f.is_target) as extracted_key
            from indicator_value f
            join source_document d on d.id = f.document_id
            join hospital h on h.id = f.hospital_id
            join indicator i on i.code = f.indicator_code
            """;

    private static final String REFORM_PILOT_VIEW = """
            select 'reform-pilots' as kind, f.id, f.review_state, f.reviewed_by, f.reviewed_at, d.slug as document,
                   f.char_start, f.char_end, f.quote, f.confidence, h.slug as hospital, h.name_zh as hospital_name,
                   h.province, cast(null as text) as indicator, cast(null as text) as value_kind,
                   cast(f.year as integer) as year, cast(null as numeric) as value, cast(null as text) as unit,
                   cast(null as text) as qualifier, f.designation, cast(null as text) as consortium,
                   cast(null as text) as role, false as target,
                   concat_ws('|', f.hospital_id, f.designation) as extracted_key
            from reform_pilot f
            join source_document d on d.id = f.document_id
            join hospital h on h.id = f.hospital_id
            """;

    private static final String CONSORTIUM_VIEW = """
            select 'consortia' as kind, f.id, f.review_state, f.reviewed_by, f.reviewed_at, d.slug as document,
                   f.char_start, f.char_end, f.quote, f.confidence, cast(null as text) as hospital,
                   cast(null as text) as hospital_name, cast(null as text) as province, cast(null as text) as indicator,
                   cast(null as text) as value_kind, cast(extract(year from f.established_on) as integer) as year,
                   cast(null as numeric) as value, cast(null as text) as unit, cast(null as text) as qualifier,
                   cast(null as text) as designation, f.slug as consortium, cast(null as text) as role,
                   false as target, f.slug as extracted_key
            from consortium f
            join source_document d on d.id = f.document_id
            """;

    private static final String CONSORTIUM_MEMBER_VIEW = """
            select 'consortium-members' as kind, f.id, f.review_state, f.reviewed_by, f.reviewed_at,
                   d.slug as document, f.char_start, f.char_end, f.quote, f.confidence, h.slug as hospital,
                   h.name_zh as hospital_name, h.province, cast(null as text) as indicator,
                   cast(null as text) as value_kind, cast(null as integer) as year, cast(null as numeric) as value,
                   cast(null as text) as unit, cast(null as text) as qualifier, cast(null as text) as designation,
                   c.slug as consortium, f.role, false as target,
                   concat_ws('|', c.slug, f.hospital_id, f.role) as extracted_key
            from consortium_member f
            join consortium c on c.id = f.consortium_id
            join source_document d on d.id = f.document_id
            join hospital h on h.id = f.hospital_id
            """;

    /** The facts no one has reviewed yet. */
    private static final String UNREVIEWED = "f.review_state = 'extracted'";

    /** Indicator values of one code (any with a null :indicator); targets are never queued. */
    private static final String QUEUED_VALUE = """
            not f.is_target and (cast(:indicator as text) is null or f.indicator_code = :indicator)""";

    /** A fact whose hospital is in :province, or any fact when no province is asked for. */
    private static final String HOSPITAL_IN_PROVINCE = ProvinceFilter.of("h");

    /** A consortium with a member hospital in :province, or any consortium when no province is asked for. */
    private static final String MEMBER_IN_PROVINCE =
            ProvinceFilter.whenAsked("""
            exists (select 1 from consortium_member m join hospital mh on mh.id = m.hospital_id
                    where m.consortium_id = f.id and %s)""".formatted(ProvinceFilter.startsWith("mh")));

    /** What a review sets on a fact of each kind, beside its state, who and when. */
    private static final String INDICATOR_VALUE_SET = """
            value = cast(:value as numeric), year = cast(:year as smallint),
            hospital_id = (select h.id from hospital h where h.slug = :hospital)""";

    private static final String REFORM_PILOT_SET = """
            year = cast(:year as smallint),
            hospital_id = (select h.id from hospital h where h.slug = :hospital)""";

    /** A consortium's year of establishment: a changed year is known to the year only. */
    private static final String CONSORTIUM_SET = """
            established_precision = case
                when cast(:year as integer) is null
                  or extract(year from established_on) = cast(:year as integer)
                then established_precision else 'year' end,
            established_on = case
                when cast(:year as integer) is null
                  or extract(year from established_on) = cast(:year as integer)
                then established_on else make_date(cast(:year as integer), 1, 1) end""";

    private static final String CONSORTIUM_MEMBER_SET =
            "hospital_id = (select h.id from hospital h where h.slug = :hospital)";

    private final JdbcClient jdbc;

    ReviewedFactsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean lockForReview(FactKind kind, long id) {
        FactTables.lockForWriting(jdbc); // first, before any read: see FactTables
        return jdbc.sql("select id from " + kind.table() + " where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    @Override
    public Optional<ReviewedFact> findFact(FactKind kind, long id) {
        return jdbc.sql(view(kind) + " where f.id = :id")
                .param("id", id)
                .query((rs, row) -> read(rs))
                .optional();
    }

    @Override
    public String extractedKeyOf(FactKind kind, long id) {
        return jdbc.sql("select x.extracted_key from (" + view(kind) + ") x where x.id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Override
    public OffsetDateTime transactionTime() {
        return jdbc.sql("select now()").query(OffsetDateTime.class).single();
    }

    @Override
    public void stamp(FactKind kind, long id, Map<String, Object> after, String by, OffsetDateTime at) {
        Object value = after.get(ReviewCommand.VALUE);
        Object year = after.get(ReviewCommand.YEAR);
        jdbc.sql("update " + kind.table() + " set review_state = :state, reviewed_by = :by, reviewed_at = :at, "
                        + set(kind) + " where id = :id")
                .param("state", after.get(ReviewCorrection.REVIEW))
                .param("by", by)
                .param("at", at)
                .param("value", value == null ? null : new BigDecimal(value.toString()))
                .param("year", year == null ? null : Integer.valueOf(year.toString()))
                .param("hospital", after.get(ReviewCommand.HOSPITAL))
                .param("id", id)
                .update();
    }

    @Override
    public QueuePage queue(FactKind only, String province, String indicator, int page, int size) {
        List<String> branches = new ArrayList<>();
        for (FactKind kind : FactKind.values()) {
            if ((only == null || only == kind) && (indicator == null || kind == FactKind.INDICATOR_VALUES)) {
                branches.add(queued(kind));
            }
        }
        if (branches.isEmpty()) {
            return new QueuePage(List.of(), 0);
        }
        String pattern = ProvinceFilter.bound(province);
        long total = 0;
        for (String branch : branches) {
            total += jdbc.sql("select count(*) from (" + branch + ") q")
                    .param("province", pattern)
                    .param("indicator", indicator)
                    .query(Long.class)
                    .single();
        }
        List<ReviewedFact> items = jdbc.sql(leastConfidentFirst(branches))
                .param("province", pattern)
                .param("indicator", indicator)
                .param("window", (long) (page + 1) * size)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> read(rs))
                .list();
        return new QueuePage(items, total);
    }

    @Override
    public Optional<Long> successorOf(FactKind kind, String documentSlug, String key) {
        return jdbc.sql("select x.id from (" + view(kind) + ") x where x.document = :slug"
                        + " and x.review_state = 'extracted' and x.extracted_key = :key")
                .param("slug", documentSlug)
                .param("key", key)
                .query(Long.class)
                .optional();
    }

    @Override
    public boolean hospitalExists(String slug) {
        return jdbc.sql("select exists (select 1 from hospital where slug = :slug)")
                .param("slug", slug)
                .query(Boolean.class)
                .single();
    }

    private static String view(FactKind kind) {
        return switch (kind) {
            case INDICATOR_VALUES -> INDICATOR_VALUE_VIEW;
            case REFORM_PILOTS -> REFORM_PILOT_VIEW;
            case CONSORTIA -> CONSORTIUM_VIEW;
            case CONSORTIUM_MEMBERS -> CONSORTIUM_MEMBER_VIEW;
        };
    }

    private static String set(FactKind kind) {
        return switch (kind) {
            case INDICATOR_VALUES -> INDICATOR_VALUE_SET;
            case REFORM_PILOTS -> REFORM_PILOT_SET;
            case CONSORTIA -> CONSORTIUM_SET;
            case CONSORTIUM_MEMBERS -> CONSORTIUM_MEMBER_SET;
        };
    }

    /** The kind's unreviewed facts, of the :indicator and in the :province when they are given. */
    private static String queued(FactKind kind) {
        String province = kind == FactKind.CONSORTIA ? MEMBER_IN_PROVINCE : HOSPITAL_IN_PROVINCE;
        return view(kind) + " where " + UNREVIEWED
                + (kind == FactKind.INDICATOR_VALUES ? " and " + QUEUED_VALUE : "")
                + " and " + province;
    }

    /**
     * One page of the branches together, least confident first: each branch gives only its first :window facts,
     * enough for any page up to this one.
     */
    private static String leastConfidentFirst(List<String> branches) {
        StringBuilder union = new StringBuilder();
        for (String branch : branches) {
            union.append(union.isEmpty() ? "" : " union all ")
                    .append("(")
                    .append(branch)
                    .append(" order by f.confidence, f.id limit :window)");
        }
        return "select * from (" + union + ") q order by q.confidence, q.kind, q.id limit :size offset :offset";
    }

    private static ReviewedFact read(ResultSet rs) throws SQLException {
        return new ReviewedFact(
                rs.getString("kind"),
                rs.getLong("id"),
                rs.getString("review_state"),
                rs.getString("reviewed_by"),
                rs.getObject("reviewed_at", OffsetDateTime.class),
                rs.getString("document"),
                rs.getInt("char_start"),
                rs.getInt("char_end"),
                rs.getString("quote"),
                ReviewCorrection.plain(rs.getBigDecimal("confidence")),
                rs.getString("hospital"),
                rs.getString("hospital_name"),
                rs.getString("indicator"),
                rs.getString("value_kind"),
                rs.getObject("year", Integer.class),
                ReviewCorrection.plain(rs.getBigDecimal("value")),
                rs.getString("unit"),
                rs.getString("qualifier"),
                rs.getString("designation"),
                rs.getString("consortium"),
                rs.getString("role"),
                rs.getBoolean("target"));
    }
}
