package org.hospitalatlas.compare;

import java.math.BigDecimal;

/**
 * A ranking to compute: the indicator, the year (a year to rank, or null with {@code eachLatest}: each hospital's
 * own latest year), the peer group (null filters = any), the order (null =
 * the indicator's direction), the page, the lowest confidence of the figures ranked (0 = any), and whether only figures a person confirmed or
 * corrected are ranked (review=confirmed).
 */
record RankingRequest(
        String indicator,
        Integer year,
        boolean eachLatest,
        String kind,
        String province,
        String level,
        String category,
        RankingOrder order,
        int page,
        int size,
        BigDecimal minConfidence,
        boolean reviewedOnly) {}
