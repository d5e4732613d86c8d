package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.List;

/** A page of a ranking with its peer group's size and median value (null when the group is empty). */
public record MetricRanking(List<RankedMetric> page, long peerCount, BigDecimal median) {}
