package org.hospitalatlas.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hospitalatlas.indicator.NewIndicatorValue;
import org.hospitalatlas.shared.InvalidInputException;

/**
 * What a review leaves a fact as: the fields of its kind before and after, checked against what the kind allows (a
 * state, a reason where one is due, values in range and in the fact's unit, a hospital that exists). Apart from
 * {@link FactReviews} so that the rules of a correction read on their own.
 */
class ReviewCorrection {

    /** The review state's key in a fact's fields. */
    static final String REVIEW = "review";

    private static final String EXTRACTED = "extracted";
    private static final List<String> STATES = List.of("confirmed", "rejected", "corrected");

    private final ReviewedFacts facts;

    ReviewCorrection(ReviewedFacts facts) {
        this.facts = facts;
    }

    /** The fields a review of this kind can change, as the fact has them now. */
    static Map<String, Object> fields(FactKind kind, ReviewedFact fact) {
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
    Map<String, Object> corrected(FactKind kind, ReviewedFact fact, ReviewCommand command) {
        refuseWhatDoesNotApply(kind, command);
        return applied(kind, fact, command);
    }

    /** Refuses a state a review cannot set, fields the kind or the state does not take, and a missing reason. */
    private static void refuseWhatDoesNotApply(FactKind kind, ReviewCommand command) {
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
    }

    /** The fields with the review's state and corrections; refuses values out of range and unknown hospitals. */
    private Map<String, Object> applied(FactKind kind, ReviewedFact fact, ReviewCommand command) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
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
            if (!facts.hospitalExists(command.hospital())) {
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

    /** A number without trailing zeros and never in exponent form: 1800.000000 → 1800. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
