package org.hospitalatlas.review;

import java.util.List;

/**
 * A fact's audit trail, oldest review first. {@code fact} is null when the fact is gone (its document was withdrawn,
 * or a changed text no longer states it): its reviews stay.
 */
public record FactHistory(String kind, long id, ReviewedFact fact, List<ReviewEntry> reviews) {}
