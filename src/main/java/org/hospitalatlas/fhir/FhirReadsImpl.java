package org.hospitalatlas.fhir;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.hospitalatlas.shared.Like;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * {@link FhirReads} in SQL: rows projected straight into {@link FhirRows} records ({@link FhirRowMappers}). The whole
 * atlas is streamed row by row with a fetch size, so a national data set of millions of figures never sits in memory
 * (PostgreSQL honours the fetch size inside a transaction only, which the callers open). Plans and targets
 * ({@code is_target}) are not figures of a year and are left out.
 */
class FhirReadsImpl implements FhirReads {

    private static final int FETCH_SIZE = 1000;

    private static final String DOCUMENT_COLUMNS = """
            d.slug as doc_slug, d.title as doc_title, d.publisher as doc_publisher, d.published_on as doc_published_on,
            d.origin_url as doc_origin_url, d.sha256 as doc_sha256, d.imported_at as doc_imported_at""";

    private static final String HOSPITALS = """
            select h.slug, h.name_zh, h.name_en, h.province, h.city, h.district, h.level, h.category, h.ownership,
                   array(select a.alias from hospital_alias a where a.hospital_id = h.id order by a.alias) as aliases
            from hospital h
            """;

    private static final String CONSORTIA =
            "select c.slug, c.name, c.type, c.established_on, c.established_precision, " + DOCUMENT_COLUMNS + """
            , c.char_start, c.char_end, c.quote, c.confidence, c.source_line
            from consortium c
            join source_document d on d.id = c.document_id
            where c.review_state <> 'rejected'
            """;

    private static final String MEMBERSHIPS = """
            select c.slug as consortium_slug, c.name as consortium_name, c.established_on, c.established_precision,
                   l.slug as lead_slug, l.name_zh as lead_name, h.slug as hospital_slug, h.name_zh as hospital_name,
                   m.role, m.char_start, m.char_end, m.quote, m.confidence, m.source_line,
            """ + DOCUMENT_COLUMNS + """

            from consortium_member m
            join consortium c on c.id = m.consortium_id
            join hospital h on h.id = m.hospital_id
            join source_document d on d.id = m.document_id
            left join lateral (
                select lh.slug, lh.name_zh
                from consortium_member lm
                join hospital lh on lh.id = lm.hospital_id
                where lm.consortium_id = c.id and lm.role = 'lead'
                order by lh.name_zh, lh.id
                limit 1
            ) l on true
            where m.review_state <> 'rejected' and c.review_state <> 'rejected'
              and (:all or m.hospital_id = (select id from hospital where slug = :hospital)
                   or m.consortium_id in (select lm.consortium_id from consortium_member lm
                                          where lm.role = 'lead'
                                            and lm.hospital_id = (select id from hospital where slug = :hospital)))
            """;

    private static final String FIGURES = """
            select h.slug as hospital_slug, h.name_zh as hospital_name, v.indicator_code, i.name_zh as indicator_name,
                   i.name_en as indicator_name_en, i.unit, i.better, v.year, v.kind, v.value, v.qualifier,
                   v.char_start, v.char_end, v.quote, v.confidence, v.source_line,
            """ + DOCUMENT_COLUMNS + """

            from indicator_value v
            join hospital h on h.id = v.hospital_id
            join indicator i on i.code = v.indicator_code
            join source_document d on d.id = v.document_id
            where not v.is_target
              and v.review_state <> 'rejected'
              and (:all or v.hospital_id = (select id from hospital where slug = :hospital))
            """;

    private static final String MENTIONS = """
            select h.slug as hospital_slug, h.name_zh as hospital_name, dh.char_start, dh.char_end, dh.quote,
                   null::numeric as confidence, null::integer as source_line,
            """ + DOCUMENT_COLUMNS + """

            from document_hospital dh
            join hospital h on h.id = dh.hospital_id
            join source_document d on d.id = dh.document_id
            where (:all or dh.hospital_id = (select id from hospital where slug = :hospital))
            """;

    /** Hospitals whose name, English name or alias contains {@code :name}, then consortia whose name does. */
    private static final String MATCHING = """
            from (select 'h' as kind, h.slug, h.name_zh as name from hospital h
                  where cast(:name as text) is null
                     or h.name_zh like '%' || :name || '%' escape '\\'
                     or lower(h.name_en) like '%' || lower(:name) || '%' escape '\\'
                     or exists (select 1 from hospital_alias a
                                where a.hospital_id = h.id and a.alias like '%' || :name || '%' escape '\\')
                  union all
                  select 'c', c.slug, c.name from consortium c
                  where c.review_state <> 'rejected'
                    and (cast(:name as text) is null or c.name like '%' || :name || '%' escape '\\')) o
            """;

    private static final String HOSPITAL_IDS =
            "select slug from hospital where slug = :id or (length(:id) = 64 and slug like :prefix || '%' escape '\\')";

    private static final String CONSORTIUM_IDS = "select slug from consortium where review_state <> 'rejected'"
            + " and (slug = :name or (length(:id) = 64 and slug like :prefix || '%' escape '\\'))";

    private final NamedParameterJdbcTemplate jdbc;

    FhirReadsImpl(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    @Override
    public FhirRows.Hospital hospitalById(String id) {
        List<String> slugs = jdbc.queryForList(
                HOSPITAL_IDS, Map.of("id", id, "prefix", Like.escape(FhirIds.prefixOf(id))), String.class);
        return slugs.stream()
                .filter(slug -> FhirIds.hospital(slug).equals(id))
                .findFirst()
                .map(slug -> hospitals(List.of(slug)).get(0))
                .orElse(null);
    }

    @Override
    public FhirRows.Consortium consortiumById(String id) {
        String name = id.substring(FhirIds.CONSORTIUM_PREFIX.length());
        String prefix = FhirIds.prefixOf(id).substring(FhirIds.CONSORTIUM_PREFIX.length());
        List<String> slugs = jdbc.queryForList(
                CONSORTIUM_IDS, Map.of("id", id, "name", name, "prefix", Like.escape(prefix)), String.class);
        return slugs.stream()
                .filter(slug -> FhirIds.consortium(slug).equals(id))
                .findFirst()
                .map(slug -> consortia(List.of(slug)).get(0))
                .orElse(null);
    }

    @Override
    public List<FhirRows.Hospital> hospitals(List<String> slugs) {
        return slugs.isEmpty()
                ? List.of()
                : jdbc.query(
                        HOSPITALS + " where h.slug in (:slugs) order by h.slug",
                        Map.of("slugs", slugs),
                        FhirRowMappers.HOSPITAL);
    }

    @Override
    public List<FhirRows.Consortium> consortia(List<String> slugs) {
        return slugs.isEmpty()
                ? List.of()
                : jdbc.query(
                        CONSORTIA + " and c.slug in (:slugs) order by c.slug",
                        Map.of("slugs", slugs),
                        FhirRowMappers.CONSORTIUM);
    }

    @Override
    public FhirRows.OrganizationPage search(String name, int count, int offset) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("name", name == null ? null : Like.escape(name))
                .addValue("limit", count)
                .addValue("offset", offset);
        Long total = jdbc.queryForObject("select count(*) " + MATCHING, params, Long.class);
        List<String[]> keys = jdbc.query(
                "select o.kind, o.slug " + MATCHING
                        + " order by o.kind desc, o.name, o.slug limit :limit offset :offset",
                params,
                (rs, row) -> new String[] {rs.getString("kind"), rs.getString("slug")});
        List<String> hospitalSlugs =
                keys.stream().filter(k -> k[0].equals("h")).map(k -> k[1]).toList();
        List<String> consortiumSlugs =
                keys.stream().filter(k -> k[0].equals("c")).map(k -> k[1]).toList();
        return new FhirRows.OrganizationPage(
                total == null ? 0 : total, hospitals(hospitalSlugs), consortia(consortiumSlugs));
    }

    @Override
    public List<FhirRows.Membership> memberships(String hospital) {
        return jdbc.query(MEMBERSHIPS + " order by c.slug, m.role, h.slug", scope(hospital), FhirRowMappers.MEMBERSHIP);
    }

    @Override
    public List<FhirRows.Figure> figures(String hospital) {
        return jdbc.query(
                FIGURES + " order by v.indicator_code, v.year, v.kind, d.slug", scope(hospital), FhirRowMappers.FIGURE);
    }

    @Override
    public List<FhirRows.Mention> mentions(String hospital) {
        return jdbc.query(MENTIONS + " order by d.slug", scope(hospital), FhirRowMappers.MENTION);
    }

    @Override
    public void eachHospital(Consumer<FhirRows.Hospital> sink) {
        jdbc.query(HOSPITALS + " order by h.id", Map.of(), rs -> {
            sink.accept(FhirRowMappers.HOSPITAL.mapRow(rs, 0));
        });
    }

    @Override
    public void eachConsortium(Consumer<FhirRows.Consortium> sink) {
        jdbc.query(CONSORTIA + " order by c.id", Map.of(), rs -> {
            sink.accept(FhirRowMappers.CONSORTIUM.mapRow(rs, 0));
        });
    }

    @Override
    public void eachMembership(Consumer<FhirRows.Membership> sink) {
        jdbc.query(MEMBERSHIPS + " order by m.id", scope(null), rs -> {
            sink.accept(FhirRowMappers.MEMBERSHIP.mapRow(rs, 0));
        });
    }

    /** Every figure, in no particular order: sorting millions of rows would only delay the first line. */
    @Override
    public void eachFigure(Consumer<FhirRows.Figure> sink) {
        jdbc.query(FIGURES, scope(null), rs -> {
            sink.accept(FhirRowMappers.FIGURE.mapRow(rs, 0));
        });
    }

    @Override
    public void eachMention(Consumer<FhirRows.Mention> sink) {
        jdbc.query(MENTIONS, scope(null), rs -> {
            sink.accept(FhirRowMappers.MENTION.mapRow(rs, 0));
        });
    }

    private static MapSqlParameterSource scope(String hospital) {
        return new MapSqlParameterSource().addValue("all", hospital == null).addValue("hospital", hospital);
    }
}
