package org.hospitalatlas.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hospitalatlas.database.FactTables;
import org.hospitalatlas.indicator.NewIndicatorValue;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviews facts: writes a review onto the fact and into its audit trail in one transaction, reads a fact's trail,
 * lists the facts still waiting for review, and gives the facts of a replaced text the reviews of the facts they
 * replace. The fact's state and corrected values live on its own row, so every read sees them without a join.
 */
@Service
public class FactReviews {

    private static final String REVIEW = "review";
    private static final String EXTRACTED = "extracted";
    private static final List<String> STATES = List.of("confirmed", "rejected", "corrected");

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    FactReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reviews the fact {@code id} of {@code kind} on behalf of the key named {@code by}. A review that leaves the fact
     * as it is (the same state and values) changes nothing and is not recorded again, whatever its reason.
     */
    @Transactional
    public ReviewOutcome review(FactKind kind, long id, ReviewCommand command, String by) {
        FactTables.lockForWriting(jdbc); // first, before any read: see FactTables
        jdbc.sql("select id from " + kind.table() + " where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> notFound(kind, id));
        ReviewedFact fact = find(kind, id).orElseThrow(() -> notFound(kind, id));
        Map<String, Object> before = fields(kind, fact);
        Map<String, Object> after = corrected(kind, fact, command);
        if (before.equals(after)) {
            return new ReviewOutcome(fact, false);
        }
        // the key the fact had as extracted: its first review's, or its own before this first review changes it
        String extractedKey = jdbc.sql("""
                        select extracted_key from fact_review where fact_kind = :kind and fact_id = :id
                        order by id limit 1
                        """)
                .param("kind", kind.table())
                .param("id", id)
                .query(String.class)
                .optional()
                .orElseGet(() -> extractedKey(kind, id));
        OffsetDateTime at = jdbc.sql("select now()").query(OffsetDateTime.class).single();
        try {
            write(kind, id, after, by, at);
        } catch (DuplicateKeyException e) {
            String field = command.year() != null ? ReviewCommand.YEAR : ReviewCommand.HOSPITAL;
            throw new InvalidInputException(
                    field, "the document already states this fact for that " + field + "; review that fact instead");
        }
        jdbc.sql("""
                        insert into fact_review (fact_kind, fact_id, document_slug, extracted_key, state, reason,
                                                 reviewed_by, reviewed_at, before, after)
                        values (:kind, :id, :document, :key, :state, :reason, :by, :at, cast(:before as jsonb),
                                cast(:after as jsonb))
                        """)
                .param("kind", kind.table())
                .param("id", id)
                .param("document", fact.document())
                .param("key", extractedKey)
                .param("state", command.state())
                .param("reason", command.reason())
                .param("by", by)
                .param("at", at)
                .param("before", json.writeValueAsString(before))
                .param("after", json.writeValueAsString(after))
                .update();
        return new ReviewOutcome(find(kind, id).orElseThrow(), true);
    }

    /** The fact with every review of it, oldest first; not found when there is neither. */
    @Transactional(readOnly = true)
    public FactHistory history(FactKind kind, long id) {
        ReviewedFact fact = find(kind, id).orElse(null);
        List<ReviewEntry> reviews = jdbc.sql("""
                        select id, state, reviewed_by, reviewed_at, reason, cast(before as text) as before,
                               cast(after as text) as after
                        from fact_review where fact_kind = :kind and fact_id = :id
                        order by id
                        """)
                .param("kind", kind.table())
                .param("id", id)
                .query((rs, row) -> new ReviewEntry(
                        rs.getLong("id"),
                        rs.getString("state"),
                        rs.getString("reviewed_by"),
                        rs.getObject("reviewed_at", OffsetDateTime.class),
                        rs.getString("reason"),
                        map(rs.getString("before")),
                        map(rs.getString("after"))))
                .list();
        if (fact == null && reviews.isEmpty()) {
            throw notFound(kind, id);
        }
        return new FactHistory(kind.path(), id, fact, reviews);
    }

    /**
     * Facts still as extracted, lowest confidence first (then by kind and id), of one kind or all; {@code province}
     * (the start of a province's name) keeps the facts of hospitals there (for a consortium: with a member there),
     * {@code indicator} keeps indicator values of that code. Targets never count and are not queued.
     */
    @Transactional(readOnly = true)
    public QueuePage queue(FactKind only, String province, String indicator, int page, int size) {
        List<String> branches = new ArrayList<>();
        for (FactKind kind : FactKind.values()) {
            if ((only == null || only == kind) && (indicator == null || kind == FactKind.INDICATOR_VALUES)) {
                branches.add(kind.view() + " where " + queueFilter(kind));
            }
        }
        if (branches.isEmpty()) {
            return new QueuePage(List.of(), 0);
        }
        String pattern = province == null ? null : escapeLike(province) + "%";
        long total = 0;
        for (String branch : branches) {
            total += jdbc.sql("select count(*) from (" + branch + ") q")
                    .param("province", pattern)
                    .param("indicator", indicator)
                    .query(Long.class)
                    .single();
        }
        long window = (long) (page + 1) * size;
        StringBuilder union = new StringBuilder();
        for (String branch : branches) {
            union.append(union.isEmpty() ? "" : " union all ")
                    .append("(")
                    .append(branch)
                    .append(" order by f.confidence, f.id limit :window)");
        }
        List<ReviewedFact> items = jdbc.sql("select * from (" + union + ") q order by q.confidence, q.kind, q.id"
                        + " limit :size offset :offset")
                .param("province", pattern)
                .param("indicator", indicator)
                .param("window", window)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> read(rs))
                .list();
        return new QueuePage(items, total);
    }

    /**
     * After a document's text was replaced (a changed seed text under the same slug): each fact of the new text with
     * the extracted key of a reviewed fact of the old one takes over its review — state, corrected values and audit
     * trail — so extraction never overwrites it. A reviewed fact the new text no longer states keeps its trail only.
     * Answers how many reviews were carried over. Runs in the importing transaction.
     */
    @Transactional
    public int carryOver(String documentSlug) {
        record Latest(String kind, long factId, String key, Map<String, Object> after, String by, OffsetDateTime at) {}
        List<Latest> latest = jdbc.sql("""
                        select distinct on (fact_kind, fact_id) fact_kind, fact_id, extracted_key,
                               cast(after as text) as after, reviewed_by, reviewed_at
                        from fact_review
                        where document_slug = :slug
                        order by fact_kind, fact_id, id desc
                        """)
                .param("slug", documentSlug)
                .query((rs, row) -> new Latest(
                        rs.getString("fact_kind"),
                        rs.getLong("fact_id"),
                        rs.getString("extracted_key"),
                        map(rs.getString("after")),
                        rs.getString("reviewed_by"),
                        rs.getObject("reviewed_at", OffsetDateTime.class)))
                .list();
        int carried = 0;
        for (Latest review : latest) {
            FactKind kind = FactKind.ofTable(review.kind());
            if (find(kind, review.factId()).isPresent()) {
                continue; // still there: nothing replaced it
            }
            Optional<Long> successor = jdbc.sql("select x.id from (" + kind.view() + ") x where x.document = :slug"
                            + " and x.review_state = 'extracted' and x.extracted_key = :key")
                    .param("slug", documentSlug)
                    .param("key", review.key())
                    .query(Long.class)
                    .optional();
            if (successor.isEmpty()) {
                continue;
            }
            write(kind, successor.get(), review.after(), review.by(), review.at());
            jdbc.sql("update fact_review set fact_id = :successor where fact_kind = :kind and fact_id = :old")
                    .param("successor", successor.get())
                    .param("kind", review.kind())
                    .param("old", review.factId())
                    .update();
            carried++;
        }
        return carried;
    }

    Optional<ReviewedFact> find(FactKind kind, long id) {
        return jdbc.sql(kind.view() + " where f.id = :id")
                .param("id", id)
                .query((rs, row) -> read(rs))
                .optional();
    }

    private String extractedKey(FactKind kind, long id) {
        return jdbc.sql("select x.extracted_key from (" + kind.view() + ") x where x.id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private static String queueFilter(FactKind kind) {
        String province = switch (kind) {
            case CONSORTIA -> """
                            exists (select 1 from consortium_member m join hospital mh on mh.id = m.hospital_id
                                    where m.consortium_id = f.id and mh.province like :province escape '\\')""";
            default -> "h.province like :province escape '\\'";
        };
        return "f.review_state = 'extracted'"
                + (kind == FactKind.INDICATOR_VALUES
                        ? " and not f.is_target and (cast(:indicator as text) is null or f.indicator_code = :indicator)"
                        : "")
                + " and (cast(:province as text) is null or " + province + ")";
    }

    /** The fields a review of this kind can change, as the fact has them now. */
    private static Map<String, Object> fields(FactKind kind, ReviewedFact fact) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(REVIEW, fact.review());
        if (kind.correctable().contains(ReviewCommand.VALUE)) {
            fields.put(ReviewCommand.VALUE, plain(fact.value()));
            fields.put(ReviewCommand.UNIT, fact.unit());
        }
        if (kind.correctable().contains(ReviewCommand.YEAR)) {
            fields.put(ReviewCommand.YEAR, fact.year());
        }
        if (kind.correctable().contains(ReviewCommand.HOSPITAL)) {
            fields.put(ReviewCommand.HOSPITAL, fact.hospital());
        }
        return fields;
    }

    /** The fields as the review leaves them; refuses what does not apply to the fact or is out of range. */
    private Map<String, Object> corrected(FactKind kind, ReviewedFact fact, ReviewCommand command) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (!STATES.contains(command.state())) {
            errors.add(new InvalidInputException.FieldError(
                    ReviewCommand.STATE,
                    EXTRACTED.equals(command.state())
                            ? "'extracted' is the extractor's state; a review sets confirmed, rejected or corrected"
                            : "must be confirmed, rejected or corrected"));
        }
        boolean correction = "corrected".equals(command.state());
        Map<String, Object> given = new LinkedHashMap<>();
        given.put(ReviewCommand.VALUE, command.value());
        given.put(ReviewCommand.UNIT, command.unit());
        given.put(ReviewCommand.YEAR, command.year());
        given.put(ReviewCommand.HOSPITAL, command.hospital());
        given.forEach((field, value) -> {
            if (value == null) {
                return;
            }
            if (!kind.correctable().contains(field)) {
                errors.add(new InvalidInputException.FieldError(
                        field,
                        "a review of " + kind.path() + " cannot set " + field + "; it may set "
                                + String.join(", ", kind.correctable())));
            } else if (!correction) {
                errors.add(new InvalidInputException.FieldError(
                        field, "only a correction (state=corrected) sets " + field));
            }
        });
        if (correction && given.values().stream().allMatch(Objects::isNull)) {
            errors.add(new InvalidInputException.FieldError(
                    ReviewCommand.STATE,
                    "a correction gives at least one of " + String.join(", ", kind.correctable())));
        }
        if (command.unit() != null && command.value() == null) {
            errors.add(new InvalidInputException.FieldError(ReviewCommand.UNIT, "give the value the unit is for"));
        }
        if (!"confirmed".equals(command.state())
                && STATES.contains(command.state())
                && (command.reason() == null || command.reason().isBlank())) {
            errors.add(new InvalidInputException.FieldError(
                    ReviewCommand.REASON, "say why: a reason is required to reject or correct"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Object> after = fields(kind, fact);
        after.put(REVIEW, command.state());
        if (command.value() != null) {
            BigDecimal value = command.value().multiply(unitFactor(fact, command.unit()));
            if (!NewIndicatorValue.fitsStoredRange(value)) {
                errors.add(new InvalidInputException.FieldError(
                        ReviewCommand.VALUE, "must be less than 10^18 in absolute value"));
            } else if ("level".equals(fact.valueKind()) && value.signum() < 0) {
                errors.add(new InvalidInputException.FieldError(ReviewCommand.VALUE, "a level cannot be negative"));
            } else {
                after.put(ReviewCommand.VALUE, plain(NewIndicatorValue.stored(value)));
            }
        }
        if (command.year() != null) {
            if (command.year() < 1900 || command.year() > 2100) {
                errors.add(new InvalidInputException.FieldError(ReviewCommand.YEAR, "must be from 1900 to 2100"));
            } else {
                after.put(ReviewCommand.YEAR, command.year());
            }
        }
        if (command.hospital() != null) {
            boolean known = jdbc.sql("select exists (select 1 from hospital where slug = :slug)")
                    .param("slug", command.hospital())
                    .query(Boolean.class)
                    .single();
            if (!known) {
                errors.add(new InvalidInputException.FieldError(
                        ReviewCommand.HOSPITAL, "no hospital '" + command.hospital() + "'"));
            } else {
                after.put(ReviewCommand.HOSPITAL, command.hospital());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return after;
    }

    /** What a value in {@code unit} is multiplied by to be in the fact's unit. */
    private static BigDecimal unitFactor(ReviewedFact fact, String unit) {
        String stored = fact.unit();
        if (unit == null || unit.equals(stored) || ("CNY".equals(stored) && unit.equals("元"))) {
            return BigDecimal.ONE;
        }
        for (String base : "CNY".equals(stored) ? List.of(stored, "元") : List.of(stored)) {
            if (unit.equals("万" + base)) {
                return BigDecimal.valueOf(10_000);
            }
            if (unit.equals("亿" + base)) {
                return BigDecimal.valueOf(100_000_000);
            }
        }
        throw new InvalidInputException(
                ReviewCommand.UNIT,
                "must be the indicator's unit '" + stored + "', or it with 万 or 亿 before it (was '" + unit + "')");
    }

    /** Writes the state and the fields {@code after} gives onto the fact. */
    private void write(FactKind kind, long id, Map<String, Object> after, String by, OffsetDateTime at) {
        String set = switch (kind) {
            case INDICATOR_VALUES -> """
                            value = cast(:value as numeric), year = cast(:year as smallint),
                            hospital_id = (select h.id from hospital h where h.slug = :hospital)""";
            case REFORM_PILOTS -> """
                            year = cast(:year as smallint),
                            hospital_id = (select h.id from hospital h where h.slug = :hospital)""";
            case CONSORTIA -> """
                            established_precision = case
                                when cast(:year as integer) is null
                                  or extract(year from established_on) = cast(:year as integer)
                                then established_precision else 'year' end,
                            established_on = case
                                when cast(:year as integer) is null
                                  or extract(year from established_on) = cast(:year as integer)
                                then established_on else make_date(cast(:year as integer), 1, 1) end""";
            case CONSORTIUM_MEMBERS -> "hospital_id = (select h.id from hospital h where h.slug = :hospital)";
        };
        Object value = after.get(ReviewCommand.VALUE);
        Object year = after.get(ReviewCommand.YEAR);
        jdbc.sql("update " + kind.table() + " set review_state = :state, reviewed_by = :by, reviewed_at = :at, " + set
                        + " where id = :id")
                .param("state", after.get(REVIEW))
                .param("by", by)
                .param("at", at)
                .param("value", value == null ? null : new BigDecimal(value.toString()))
                .param("year", year == null ? null : Integer.valueOf(year.toString()))
                .param("hospital", after.get(ReviewCommand.HOSPITAL))
                .param("id", id)
                .update();
    }

    private Map<String, Object> map(String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = json.readValue(text, LinkedHashMap.class);
        return map;
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
                plain(rs.getBigDecimal("confidence")),
                rs.getString("hospital"),
                rs.getString("hospital_name"),
                rs.getString("indicator"),
                rs.getString("value_kind"),
                rs.getObject("year", Integer.class),
                plain(rs.getBigDecimal("value")),
                rs.getString("unit"),
                rs.getString("qualifier"),
                rs.getString("designation"),
                rs.getString("consortium"),
                rs.getString("role"),
                rs.getBoolean("target"));
    }

    /** A number without trailing zeros and never in exponent form: 1800.000000 → 1800. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static NotFoundException notFound(FactKind kind, long id) {
        return new NotFoundException(kind.path() + " fact", String.valueOf(id));
    }
}
