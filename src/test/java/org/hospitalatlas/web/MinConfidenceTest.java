package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.hospitalatlas.shared.ParameterValueException;
import org.junit.jupiter.api.Test;

class MinConfidenceTest {

    @Test
    void absentOrBlankIsNoChoiceWhichKeepsEveryFact() {
        assertThat(MinConfidence.valueOf(null)).isNull();
        assertThat(MinConfidence.valueOf("  ")).isNull();
        assertThat(MinConfidence.orAny(null)).isEqualByComparingTo("0");
    }

    @Test
    void acceptsPlainDecimalsFromZeroToOne() {
        assertThat(MinConfidence.valueOf("0").value()).isEqualByComparingTo("0");
        assertThat(MinConfidence.valueOf(" 0.85 ").value()).isEqualByComparingTo("0.85");
        assertThat(MinConfidence.valueOf(".5").value()).isEqualByComparingTo("0.5");
        assertThat(MinConfidence.valueOf("1").value()).isEqualByComparingTo("1");
        assertThat(MinConfidence.valueOf("1.000").value()).isEqualByComparingTo("1");
    }

    @Test
    void refusesWhatIsNotANumberFromZeroToOneQuotingTheValue() {
        for (String value : new String[] {"1.01", "2", "-0.1", "-0", "abc", "NaN", "Infinity", "1e-1", "0,5", "0x1"}) {
            assertThatThrownBy(() -> MinConfidence.valueOf(value))
                    .as(value)
                    .isInstanceOf(ParameterValueException.class)
                    .hasMessageContaining("from 0 to 1")
                    .hasMessageContaining("'" + value + "'");
        }
    }

    @Test
    void everyConfidenceAStoredFactCanHaveIsAccepted() {
        // facts keep three decimals (numeric(4,3)): every one of them, written the ways a client may write it
        for (int thousandths = 0; thousandths <= 1000; thousandths++) {
            BigDecimal value = BigDecimal.valueOf(thousandths, 3);
            for (String written : new String[] {
                value.toPlainString(), value.stripTrailingZeros().toPlainString()
            }) {
                assertThat(MinConfidence.valueOf(written).value()).as(written).isEqualByComparingTo(value);
            }
        }
    }

    @Test
    void everyValueAboveOneIsRefused() {
        for (String written : new String[] {"1.0001", "1.000000000001", "1.5", "10", "100", "999.999"}) {
            assertThatThrownBy(() -> MinConfidence.valueOf(written))
                    .as(written)
                    .isInstanceOf(ParameterValueException.class);
        }
    }
}
