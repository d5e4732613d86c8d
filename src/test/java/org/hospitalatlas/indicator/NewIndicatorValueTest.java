package org.hospitalatlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NewIndicatorValueTest {

    @Test
    void eighteenWholeDigitsFitTheColumn() {
        assertThat(NewIndicatorValue.fitsStoredRange(new BigDecimal("999999999999999999.999999")))
                .isTrue();
        assertThat(NewIndicatorValue.fitsStoredRange(new BigDecimal("-999999999999999999")))
                .isTrue();
        assertThat(NewIndicatorValue.fitsStoredRange(new BigDecimal("0.0000001")))
                .isTrue();
        assertThat(NewIndicatorValue.fitsStoredRange(new BigDecimal("1E-999999999")))
                .isTrue();
    }

    @Test
    void storedValuesAreRoundedToSixPlaces() {
        assertThat(NewIndicatorValue.stored(new BigDecimal("12.3456785"))).isEqualTo("12.345679");
        assertThat(NewIndicatorValue.stored(new BigDecimal("0.0000005"))).isEqualTo("0.000001");
        assertThat(NewIndicatorValue.stored(new BigDecimal("0.00000049"))).isEqualTo("0.000000");
        assertThat(NewIndicatorValue.stored(new BigDecimal("1E-999999999"))).isEqualTo("0.000000");
    }

    @Test
    void nineteenWholeDigitsOrRoundingUpToThemDoNot() {
        assertThat(NewIndicatorValue.fitsStoredRange(new BigDecimal("1000000000000000000")))
                .isFalse();
        assertThat(NewIndicatorValue.fitsStoredRange(new BigDecimal("999999999999999999.9999995")))
                .isFalse();
        assertThat(NewIndicatorValue.fitsStoredRange(new BigDecimal("1.2345678901234567E+20")))
                .isFalse();
        assertThat(NewIndicatorValue.fitsStoredRange(new BigDecimal("9".repeat(5000))))
                .isFalse();
        assertThat(NewIndicatorValue.fitsStoredRange(new BigDecimal("1E+999999999")))
                .isFalse();
        assertThat(NewIndicatorValue.fitsStoredRange(null)).isFalse();
    }
}
