package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.hospitalatlas.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void minConfidenceDefaultsToZeroWhichKeepsEveryFact() {
        QueryParameters parameters = new QueryParameters();
        assertThat(parameters.minConfidence(null)).isEqualByComparingTo("0");
        assertThat(parameters.minConfidence("  ")).isEqualByComparingTo("0");
        parameters.throwIfInvalid();
    }

    @Test
    void minConfidenceAcceptsPlainDecimalsFromZeroToOne() {
        QueryParameters parameters = new QueryParameters();
        assertThat(parameters.minConfidence("0")).isEqualByComparingTo("0");
        assertThat(parameters.minConfidence(" 0.85 ")).isEqualByComparingTo("0.85");
        assertThat(parameters.minConfidence(".5")).isEqualByComparingTo("0.5");
        assertThat(parameters.minConfidence("1")).isEqualByComparingTo("1");
        assertThat(parameters.minConfidence("1.000")).isEqualByComparingTo("1");
        parameters.throwIfInvalid();
    }

    @Test
    void minConfidenceRejectsWhatIsNotANumberFromZeroToOneNamingTheParameter() {
        for (String value : new String[] {"1.01", "2", "-0.1", "-0", "abc", "NaN", "Infinity", "1e-1", "0,5", "0x1"}) {
            QueryParameters parameters = new QueryParameters();
            assertThat(parameters.minConfidence(value)).as(value).isEqualByComparingTo("0");
            assertThatThrownBy(parameters::throwIfInvalid)
                    .as(value)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.errors()).hasSize(1);
                        assertThat(e.errors().get(0).field()).isEqualTo("min_confidence");
                        assertThat(e.errors().get(0).message()).contains("from 0 to 1", "'" + value + "'");
                    });
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
                QueryParameters parameters = new QueryParameters();
                assertThat(parameters.minConfidence(written)).as(written).isEqualByComparingTo(value);
                parameters.throwIfInvalid();
            }
        }
    }

    @Test
    void everyValueAboveOneIsRejected() {
        for (String written : new String[] {"1.0001", "1.000000000001", "1.5", "10", "100", "999.999"}) {
            QueryParameters parameters = new QueryParameters();
            parameters.minConfidence(written);
            assertThatThrownBy(parameters::throwIfInvalid).as(written).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreAProblem() {
        assertThat(QueryParameters.controlCharacterProblem("湖北\0")).contains("U+0000 at character 3");
        assertThat(QueryParameters.controlCharacterProblem("\u001f")).contains("U+001F");
        assertThat(QueryParameters.controlCharacterProblem("中心\t医院\r\n")).isNull();
        assertThat(QueryParameters.controlCharacterProblem("\u007f\u00a0𝕏")).isNull();
        assertThat(QueryParameters.controlCharacterProblem(null)).isNull();
    }

    @Test
    void reviewIsConfirmedOrAnyByDefaultAndOtherwiseNamedAsTheBadParameter() {
        QueryParameters parameters = new QueryParameters();
        assertThat(parameters.reviewedOnly(null)).isFalse();
        assertThat(parameters.reviewedOnly("any")).isFalse();
        assertThat(parameters.reviewedOnly(" Confirmed ")).isTrue();
        parameters.throwIfInvalid();

        QueryParameters bad = new QueryParameters();
        assertThat(bad.reviewedOnly("checked")).isFalse();
        assertThatThrownBy(bad::throwIfInvalid)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("review");
                            assertThat(error.message()).contains("[any, confirmed]", "'checked'");
                        }));
    }
}
