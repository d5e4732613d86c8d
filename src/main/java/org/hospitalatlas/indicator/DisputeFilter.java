package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Which disagreements to read: one code, one hospital, figures at least {@code minConfidence} confident, and only
 * those with a figure imported after {@code changedSince}; null filters mean any.
 */
public record DisputeFilter(String indicator, Long hospitalId, BigDecimal minConfidence, OffsetDateTime changedSince) {}
