package org.hospitalatlas.indicator;

import java.util.List;

/** The indicators the repository slices ask their reads for, without the catalogue (a slice has no JPA). */
final class SliceIndicators {

    static final IndicatorInfo REVENUE_PER_BED = new IndicatorInfo(
            "revenue_per_bed",
            "床均业务收入",
            "Revenue per bed",
            "CNY",
            "higher",
            "finance",
            true,
            List.of("revenue", "beds_open"),
            null);

    private SliceIndicators() {}

    /** A stated indicator with no unit or direction: the reads use only its code. */
    static IndicatorInfo plain(String code) {
        return new IndicatorInfo(code, code, code, null, "neutral", null, false, List.of(code), null);
    }
}
