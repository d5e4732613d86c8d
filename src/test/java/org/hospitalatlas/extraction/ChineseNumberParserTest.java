package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChineseNumberParserTest {

    @Test
    void parsesHundredsAndTens() {
        assertThat(ChineseNumberParser.parse("一百二十")).contains(new BigDecimal("120"));
    }

    @Test
    void parsesLiangAsTwo() {
        assertThat(ChineseNumberParser.parse("两千")).contains(new BigDecimal("2000"));
    }

    @Test
    void parsesLeadingTen() {
        assertThat(ChineseNumberParser.parse("十一")).contains(new BigDecimal("11"));
    }

    @Test
    void parsesZeroPlaceholder() {
        assertThat(ChineseNumberParser.parse("一百零五")).contains(new BigDecimal("105"));
    }

    @Test
    void parsesWanInsideChineseNumeral() {
        assertThat(ChineseNumberParser.parse("三万五千")).contains(new BigDecimal("35000"));
    }

    @Test
    void rejectsDigitRunsThatAreNames() {
        assertThat(ChineseNumberParser.parse("十四五")).isEmpty();
    }

    @Test
    void parsesFullWidthDigitsAndDecimals() {
        assertThat(ChineseNumberParser.parse("１２．５")).contains(new BigDecimal("12.5"));
    }

    @Test
    void dropsThousandsSeparators() {
        assertThat(ChineseNumberParser.parse("1,234")).contains(new BigDecimal("1234"));
        assertThat(ChineseNumberParser.parse("1，234")).contains(new BigDecimal("1234"));
    }

    @Test
    void normalizesWithoutExponent() {
        assertThat(ChineseNumberParser.normalize(new BigDecimal("3740000000.0")).toPlainString())
                .isEqualTo("3740000000");
    }
}
