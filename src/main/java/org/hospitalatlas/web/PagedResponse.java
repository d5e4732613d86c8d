package org.hospitalatlas.web;

import java.util.List;

/** One page of a list: the items, where it is, and how many there are in all. */
public record PagedResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PagedResponse<T> of(List<T> items, int page, int size, long totalItems) {
        int totalPages = size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
        return new PagedResponse<>(items, page, size, totalItems, totalPages);
    }
}
