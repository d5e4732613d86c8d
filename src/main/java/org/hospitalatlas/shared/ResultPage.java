package org.hospitalatlas.shared;

import java.util.List;

/** One page of a list and how many items there are in all. */
public record ResultPage<T>(List<T> items, long total) {}
