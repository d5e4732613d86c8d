package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import org.hospitalatlas.hospital.HospitalLabel;

/**
 * A hospital's place in a ranking: equal values share a rank (1, 1, 3) and are listed by slug; {@code percentile} is
 * 100 × (1 − (rank − 1) / (count − 1)).
 */
public record RankedMetric(int rank, BigDecimal percentile, HospitalLabel hospital, MetricValue value) {}
