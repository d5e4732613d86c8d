package org.hospitalatlas.compare;

/**
 * A ranking to compute: the indicator, the year (null = the peer group's latest year with values), the
 * peer group (null filters = any), the order (null = the indicator's direction) and the page.
 */
public record RankingRequest(
        String indicator,
        Integer year,
        String kind,
        String province,
        String level,
        String category,
        RankingOrder order,
        int page,
        int size) {}
