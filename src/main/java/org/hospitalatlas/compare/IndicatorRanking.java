package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.hospitalatlas.indicator.IndicatorInfo;

/** A peer group ranked on one indicator in one year; {@code items} is one page of it. */
record IndicatorRanking(
        IndicatorInfo indicator,

        @Schema(description = "The year ranked; null when the peer group has no value at all", example = "2021")
        Integer year,

        @Schema(example = "level") String kind,

        @Schema(
                description = "desc: rank 1 has the highest value",
                example = "desc",
                allowableValues = {"asc", "desc"})
        String order,

        PeerGroup peerGroup,
        List<RankedValue> items,
        int page,
        int size,
        long totalItems,
        int totalPages) {}
