package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The hospitals ranked together: the filters that define them, how many have a value, and its median. */
record PeerGroup(
        @Schema(example = "湖南省") String province,
        @Schema(example = "三级甲等") String level,
        @Schema(example = "综合") String category,
        @Schema(example = "12") long count,
        @Schema(example = "1850") BigDecimal median) {}
