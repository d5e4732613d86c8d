package org.hospitalatlas.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of fact a person can review, each with its table, the fields a correction may change, and the SQL that
 * shows one as a {@link ReviewedFact}. The extracted key names a fact within its document the way extraction and
 * imports do (the table's unique key, with the document left out), so a changed text's facts find the reviews of the
 * facts they replace.
 */
public enum FactKind {
    INDICATOR_VALUES(
            "indicator-values",
            "indicator_value",
            List.of(ReviewCommand.VALUE, ReviewCommand.UNIT, ReviewCommand.YEAR, ReviewCommand.HOSPITAL),
            """
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
            """),
    REFORM_PILOTS("reform-pilots", "reform_pilot", List.of(ReviewCommand.YEAR, ReviewCommand.HOSPITAL), """
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
            """),
    CONSORTIA("consortia", "consortium", List.of(ReviewCommand.YEAR), """
            select 'consortia' as kind, f.id, f.review_state, f.reviewed_by, f.reviewed_at, d.slug as document,
                   f.char_start, f.char_end, f.quote, f.confidence, cast(null as text) as hospital,
                   cast(null as text) as hospital_name, cast(null as text) as province, cast(null as text) as indicator,
                   cast(null as text) as value_kind, cast(extract(year from f.established_on) as integer) as year,
                   cast(null as numeric) as value, cast(null as text) as unit, cast(null as text) as qualifier,
                   cast(null as text) as designation, f.slug as consortium, cast(null as text) as role,
                   false as target, f.slug as extracted_key
            from consortium f
            join source_document d on d.id = f.document_id
            """),
    CONSORTIUM_MEMBERS("consortium-members", "consortium_member", List.of(ReviewCommand.HOSPITAL), """
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
            """);

    private final String path;
    private final String table;
    private final List<String> correctable;
    private final String view;

    FactKind(String path, String table, List<String> correctable, String view) {
        this.path = path;
        this.table = table;
        this.correctable = correctable;
        this.view = view;
    }

    /** How the API names the kind: {@code /api/v1/facts/{path}/{id}}. */
    public String path() {
        return path;
    }

    /** The fact table, also the kind's name in {@code fact_review.fact_kind}. */
    String table() {
        return table;
    }

    /** The fields a correction of this kind may give, beside state and reason. */
    List<String> correctable() {
        return correctable;
    }

    /** A select of {@link ReviewedFact} columns over the table aliased {@code f}, ready for a where clause. */
    String view() {
        return view;
    }

    static Optional<FactKind> ofPath(String path) {
        String wanted =
                path == null ? "" : path.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.path.equals(wanted)).findFirst();
    }

    static FactKind ofTable(String table) {
        return Arrays.stream(values())
                .filter(k -> k.table.equals(table))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fact kind " + table));
    }

    static Set<String> paths() {
        return Arrays.stream(values()).map(FactKind::path).collect(java.util.stream.Collectors.toSet());
    }
}
