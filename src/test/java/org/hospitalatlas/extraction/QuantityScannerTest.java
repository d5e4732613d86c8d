package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityScannerTest {

    private static Quantity only(String text) {
        List<Quantity> found = QuantityScanner.scan(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void parsesWanMultiplierWithApproxSuffix() {
        Quantity q = only("门诊就诊人数达13.2322万余人次");
        assertThat(q.value()).isEqualByComparingTo("132322");
        assertThat(q.unit()).isEqualTo("人次");
        assertThat(q.qualifier()).isEqualTo(Qualifier.APPROX);
    }

    @Test
    void appliesYiToYuan() {
        Quantity q = only("总资产达52.6亿元");
        assertThat(q.value()).isEqualByComparingTo(new BigDecimal("5260000000"));
        assertThat(q.unit()).isEqualTo("元");
    }

    @Test
    void toleratesSpaceBetweenNumberMultiplierAndUnit() {
        Quantity q = only("远程会诊 2.4 万例");
        assertThat(q.value()).isEqualByComparingTo("24000");
        assertThat(q.unit()).isEqualTo("例");
    }

    @Test
    void readsAtMostPrefix() {
        assertThat(only("平均住院日不超过8.2天").qualifier()).isEqualTo(Qualifier.AT_MOST);
    }

    @Test
    void readsAtMostAcrossALineBreak() {
        assertThat(only("药占比不\n\n超28%").qualifier()).isEqualTo(Qualifier.AT_MOST);
    }

    @Test
    void readsAtLeastSuffix() {
        assertThat(only("满意度保持在95%以上").qualifier()).isEqualTo(Qualifier.AT_LEAST);
    }

    @Test
    void readsApproxPrefix() {
        assertThat(only("服务群众近3万人次").qualifier()).isEqualTo(Qualifier.APPROX);
    }

    @Test
    void signsYearOnYearDecline() {
        Quantity q = only("次均费用同比下降4.2%");
        assertThat(q.yoySign()).isEqualTo(-1);
    }

    @Test
    void signsYearOnYearGrowthAgainstLastYear() {
        assertThat(only("出院人次比上年增长6%").yoySign()).isEqualTo(1);
    }

    @Test
    void marksTheOldValueOfAChange() {
        List<Quantity> found = QuantityScanner.scan("床位由原来的300张增加到900张");
        assertThat(found).extracting(Quantity::previousValue).containsExactly(true, false);
    }

    @Test
    void skipsOrdinals() {
        assertThat(QuantityScanner.scan("位居全国第12位")).isEmpty();
    }

    @Test
    void readsChineseNumeralWithUnit() {
        Quantity q = only("电子病历系统应用水平达到五级");
        assertThat(q.value()).isEqualByComparingTo("5");
        assertThat(q.unit()).isEqualTo("级");
    }

    @Test
    void readsPopulationAsNoPersonCount() {
        assertThat(only("服务人口120万人口").unit()).isNull();
    }
}
