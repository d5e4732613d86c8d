package org.hospitalatlas.consortium;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A consortium read from a document, members by hospital id. {@code establishedOn} is the first day of
 * the stated year or month when {@code establishedPrecision} is "year" or "month".
 */
public record NewConsortium(
        String name,
        String type,
        LocalDate establishedOn,
        String establishedPrecision,
        List<Member> members,
        long documentId,
        int start,
        int end,
        String quote,
        BigDecimal confidence) {

    public record Member(long hospitalId, String role) {}

    public NewConsortium {
        members = List.copyOf(members);
    }
}
