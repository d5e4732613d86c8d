package org.hospitalatlas.review;

import java.util.List;

/** One page of the review queue and how many facts wait in all. */
public record QueuePage(List<ReviewedFact> items, long total) {}
