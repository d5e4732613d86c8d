package org.hospitalatlas.fhir;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The export's reads: rows projected straight into {@link FhirRows} records. One hospital's rows come as lists;
 * the whole atlas ({@code hospital == null}) is streamed row by row with a fetch size, so a national data set of
 * millions of figures never sits in memory (PostgreSQL honours the fetch size inside a transaction only, which the
 * callers open). Plans and targets ({@code is_target}) are not figures of a year and are left out.
 */
@Component
class FhirQueries {

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

    private final NamedParameterJdbcTemplate jdbc;

    FhirQueries(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    /** The hospital whose logical id is {@code id}: its slug, or a long slug's shortened form. */
    FhirRows.Hospital hospitalById(String id) {
        List<String> slugs = jdbc.queryForList(
                "select slug from hospital where slug = :id or (length(:id) = 64 and slug like :prefix || '%')",
                Map.of("id", id, "prefix", FhirIds.prefixOf(id)), String.class);
        return slugs.stream()
                .filter(slug -> FhirIds.hospital(slug).equals(id))
                .findFirst()
                .map(slug -> hospitals(List.of(slug)).get(0))
                .orElse(null);
    }

    FhirRows.Consortium consortiumById(String id) {
        String name = id.substring(FhirIds.CONSORTIUM_PREFIX.length());
        List<String> slugs = jdbc.queryForList(
                "select slug from consortium where review_state <> 'rejected'"
                        + " and (slug = :name or (length(:id) = 64 and slug like :prefix || '%'))",
                Map.of(
                        "id",
                        id,
                        "name",
                        name,
                        "prefix",
                        FhirIds.prefixOf(id).substring(FhirIds.CONSORTIUM_PREFIX.length())),
                String.class);
        return slugs.stream()
                .filter(slug -> FhirIds.consortium(slug).equals(id))
                .findFirst()
                .map(slug -> consortia(List.of(slug)).get(0))
                .orElse(null);
    }

    List<FhirRows.Hospital> hospitals(List<String> slugs) {
        return slugs.isEmpty()
                ? List.of()
                : jdbc.query(HOSPITALS + " where h.slug in (:slugs) order by h.slug", Map.of("slugs", slugs), HOSPITAL);
    }

    List<FhirRows.Consortium> consortia(List<String> slugs) {
        return slugs.isEmpty()
                ? List.of()
                : jdbc.query(CONSORTIA + " and c.slug in (:slugs) order by c.slug", Map.of("slugs", slugs), CONSORTIUM);
    }

    /** Organizations (hospitals, then consortia) whose name, English name or alias contains {@code name}. */
    Page search(String name, int count, int offset) {
        String matching = """
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
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("name", name == null ? null : escapeLike(name))
                .addValue("limit", count)
                .addValue("offset", offset);
        Long total = jdbc.queryForObject("select count(*) " + matching, params, Long.class);
        List<String[]> keys = jdbc.query(
                "select o.kind, o.slug " + matching
                        + " order by o.kind desc, o.name, o.slug limit :limit offset :offset",
                params,
                (rs, row) -> new String[] {rs.getString("kind"), rs.getString("slug")});
        List<String> hospitalSlugs =
                keys.stream().filter(k -> k[0].equals("h")).map(k -> k[1]).toList();
        List<String> consortiumSlugs =
                keys.stream().filter(k -> k[0].equals("c")).map(k -> k[1]).toList();
        return new Page(total == null ? 0 : total, hospitals(hospitalSlugs), consortia(consortiumSlugs));
    }

    record Page(long total, List<FhirRows.Hospital> hospitals, List<FhirRows.Consortium> consortia) {}

    List<FhirRows.Membership> memberships(String hospital) {
        return jdbc.query(MEMBERSHIPS + " order by c.slug, m.role, h.slug", scope(hospital), MEMBERSHIP);
    }

    List<FhirRows.Figure> figures(String hospital) {
        return jdbc.query(FIGURES + " order by v.indicator_code, v.year, v.kind, d.slug", scope(hospital), FIGURE);
    }

    List<FhirRows.Mention> mentions(String hospital) {
        return jdbc.query(MENTIONS + " order by d.slug", scope(hospital), MENTION);
    }

    void eachHospital(Consumer<FhirRows.Hospital> sink) {
        jdbc.query(HOSPITALS + " order by h.id", Map.of(), rs -> {
            sink.accept(HOSPITAL.mapRow(rs, 0));
        });
    }

    void eachConsortium(Consumer<FhirRows.Consortium> sink) {
        jdbc.query(CONSORTIA + " order by c.id", Map.of(), rs -> {
            sink.accept(CONSORTIUM.mapRow(rs, 0));
        });
    }

    void eachMembership(Consumer<FhirRows.Membership> sink) {
        jdbc.query(MEMBERSHIPS + " order by m.id", scope(null), rs -> {
            sink.accept(MEMBERSHIP.mapRow(rs, 0));
        });
    }

    /** Every figure, in no particular order: sorting millions of rows would only delay the first line. */
    void eachFigure(Consumer<FhirRows.Figure> sink) {
        jdbc.query(FIGURES, scope(null), rs -> {
            sink.accept(FIGURE.mapRow(rs, 0));
        });
    }

    void eachMention(Consumer<FhirRows.Mention> sink) {
        jdbc.query(MENTIONS, scope(null), rs -> {
            sink.accept(MENTION.mapRow(rs, 0));
        });
    }

    void eachDocument(Consumer<FhirRows.Document> sink) {
        jdbc.query("select " + DOCUMENT_COLUMNS + " from source_document d order by d.id", Map.of(), rs -> {
            sink.accept(document(rs));
        });
    }

    private static MapSqlParameterSource scope(String hospital) {
        return new MapSqlParameterSource().addValue("all", hospital == null).addValue("hospital", hospital);
    }

    private static final RowMapper<FhirRows.Hospital> HOSPITAL = (rs, row) -> new FhirRows.Hospital(
            rs.getString("slug"),
            rs.getString("name_zh"),
            rs.getString("name_en"),
            strings(rs.getArray("aliases")),
            rs.getString("province"),
            rs.getString("city"),
            rs.getString("district"),
            rs.getString("level"),
            rs.getString("category"),
            rs.getString("ownership"));

    private static final RowMapper<FhirRows.Consortium> CONSORTIUM = (rs, row) -> new FhirRows.Consortium(
            rs.getString("slug"),
            rs.getString("name"),
            rs.getString("type"),
            rs.getObject("established_on", LocalDate.class),
            rs.getString("established_precision"),
            evidence(rs));

    private static final RowMapper<FhirRows.Membership> MEMBERSHIP = (rs, row) -> new FhirRows.Membership(
            rs.getString("consortium_slug"),
            rs.getString("consortium_name"),
            rs.getObject("established_on", LocalDate.class),
            rs.getString("established_precision"),
            rs.getString("lead_slug"),
            rs.getString("lead_name"),
            rs.getString("hospital_slug"),
            rs.getString("hospital_name"),
            rs.getString("role"),
            evidence(rs));

    private static final RowMapper<FhirRows.Figure> FIGURE = (rs, row) -> new FhirRows.Figure(
            rs.getString("hospital_slug"),
            rs.getString("hospital_name"),
            rs.getString("indicator_code"),
            rs.getString("indicator_name"),
            rs.getString("indicator_name_en"),
            rs.getString("unit"),
            rs.getString("better"),
            rs.getInt("year"),
            rs.getString("kind"),
            rs.getBigDecimal("value"),
            rs.getString("qualifier"),
            evidence(rs));

    private static final RowMapper<FhirRows.Mention> MENTION = (rs, row) ->
            new FhirRows.Mention(rs.getString("hospital_slug"), rs.getString("hospital_name"), evidence(rs));

    private static FhirRows.Evidence evidence(ResultSet rs) throws SQLException {
        return new FhirRows.Evidence(
                document(rs),
                rs.getInt("char_start"),
                rs.getInt("char_end"),
                rs.getString("quote"),
                rs.getBigDecimal("confidence"),
                rs.getObject("source_line", Integer.class));
    }

    private static FhirRows.Document document(ResultSet rs) throws SQLException {
        return new FhirRows.Document(
                rs.getString("doc_slug"),
                rs.getString("doc_title"),
                rs.getString("doc_publisher"),
                rs.getObject("doc_published_on", LocalDate.class),
                rs.getString("doc_origin_url"),
                rs.getString("doc_sha256"),
                rs.getObject("doc_imported_at", OffsetDateTime.class).toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
