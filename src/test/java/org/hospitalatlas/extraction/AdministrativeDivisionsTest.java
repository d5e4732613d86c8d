package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hospitalatlas.extraction.AdministrativeDivisions.Match;
import org.hospitalatlas.extraction.Division.Level;
import org.junit.jupiter.api.Test;

class AdministrativeDivisionsTest {

    private static final AdministrativeDivisions divisions = AdministrativeDivisions.load();

    private static Division only(String name) {
        List<Division> found = divisions.byName(name);
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }

    private static String provinceName(Division d) {
        return divisions.province(d).map(Division::name).orElse(null);
    }

    private static String cityName(Division d) {
        return divisions.city(d).map(Division::name).orElse(null);
    }

    @Test
    void loadReturnsTheSameSharedInstance() {
        assertThat(AdministrativeDivisions.load()).isSameAs(divisions);
    }

    @Test
    void chenzhouCityLiesInHunanProvince() {
        Division chenzhou = only("郴州市");

        assertThat(chenzhou.code()).isEqualTo("431000");
        assertThat(chenzhou.level()).isEqualTo(Level.CITY);
        assertThat(provinceName(chenzhou)).isEqualTo("湖南省");
    }

    @Test
    void jingzhouShortNameMeansJingzhouCityInHubei() {
        Division jingzhou = divisions.resolve("荆州", null).orElseThrow();

        assertThat(jingzhou.name()).isEqualTo("荆州市");
        assertThat(jingzhou.level()).isEqualTo(Level.CITY);
        assertThat(provinceName(jingzhou)).isEqualTo("湖北省");
    }

    @Test
    void lishiDistrictLiesInLvliangCityShanxi() {
        Division lishi = only("离石区");

        assertThat(cityName(lishi)).isEqualTo("吕梁市");
        assertThat(provinceName(lishi)).isEqualTo("山西省");
    }

    @Test
    void countyShortNameFindsTheCounty() {
        assertThat(only("离石").name()).isEqualTo("离石区");
    }

    @Test
    void zhenpingCountyLiesInNanyangCityHenan() {
        Division zhenping = only("镇平县");

        assertThat(cityName(zhenping)).isEqualTo("南阳市");
        assertThat(provinceName(zhenping)).isEqualTo("河南省");
    }

    @Test
    void jintanDistrictLiesInChangzhouCityJiangsu() {
        Division jintan = only("金坛区");

        assertThat(cityName(jintan)).isEqualTo("常州市");
        assertThat(provinceName(jintan)).isEqualTo("江苏省");
    }

    @Test
    void shanghaiShortNameIsTheProvinceLevelMunicipality() {
        Division shanghai = only("上海");

        assertThat(shanghai.name()).isEqualTo("上海市");
        assertThat(shanghai.level()).isEqualTo(Level.PROVINCE);
        assertThat(provinceName(shanghai)).isEqualTo("上海市");
    }

    @Test
    void beijingDistrictHasBeijingAsCityAndProvince() {
        Division dongcheng = only("东城区");

        assertThat(dongcheng.parentCode()).isEqualTo("110000");
        assertThat(cityName(dongcheng)).isEqualTo("北京市");
        assertThat(provinceName(dongcheng)).isEqualTo("北京市");
    }

    @Test
    void municipalityIsItsOwnCity() {
        assertThat(cityName(only("重庆市"))).isEqualTo("重庆市");
    }

    @Test
    void ordinaryProvinceHasNoCity() {
        assertThat(divisions.city(only("湖南省"))).isEmpty();
    }

    @Test
    void cityIsItsOwnCity() {
        assertThat(cityName(only("郴州市"))).isEqualTo("郴州市");
    }

    @Test
    void provinceAdministeredCountyLevelCityIsItsOwnCity() {
        Division xiantao = only("仙桃市");

        assertThat(xiantao.level()).isEqualTo(Level.COUNTY);
        assertThat(cityName(xiantao)).isEqualTo("仙桃市");
        assertThat(provinceName(xiantao)).isEqualTo("湖北省");
    }

    @Test
    void autonomousAreasHaveShortNamesWithoutEthnicGroups() {
        assertThat(only("内蒙古自治区").shortName()).isEqualTo("内蒙古");
        assertThat(only("广西壮族自治区").shortName()).isEqualTo("广西");
        assertThat(only("恩施土家族苗族自治州").shortName()).isEqualTo("恩施");
        assertThat(only("北京市").shortName()).isEqualTo("北京");
    }

    @Test
    void byCodeFindsTheDivision() {
        assertThat(divisions.byCode("431002")).map(Division::name).contains("北湖区");
    }

    @Test
    void ambiguousNameReturnsEveryDivisionOfThatName() {
        assertThat(divisions.byName("鼓楼区")).hasSizeGreaterThanOrEqualTo(4).allMatch(d -> d.level() == Level.COUNTY);
        assertThat(divisions.byName("朝阳区")).extracting(Division::code).contains("110105", "220104");
    }

    @Test
    void nameSharedByProvinceAndCityListsTheProvinceFirst() {
        assertThat(divisions.byName("吉林")).extracting(Division::name).containsExactly("吉林省", "吉林市");
    }

    @Test
    void unknownNameFindsNothing() {
        assertThat(divisions.byName("不存在市")).isEmpty();
        assertThat(divisions.byCode("999999")).isEmpty();
        assertThat(divisions.resolve("不存在市", null)).isEmpty();
    }

    @Test
    void resolveNarrowsAnAmbiguousNameByItsProvince() {
        assertThat(divisions.resolve("朝阳区", "北京")).map(Division::code).contains("110105");
        assertThat(divisions.resolve("朝阳区", "吉林省")).map(Division::code).contains("220104");
    }

    @Test
    void resolveNarrowsAnAmbiguousNameByItsCity() {
        assertThat(divisions.resolve("鼓楼区", "南京市")).map(Division::code).contains("320106");
    }

    @Test
    void resolveLeavesAnAmbiguousNameUnresolved() {
        assertThat(divisions.resolve("鼓楼区", null)).isEmpty();
    }

    @Test
    void resolveRejectsAProvinceHintThatDoesNotContainTheName() {
        assertThat(divisions.resolve("郴州市", "湖北省")).isEmpty();
    }

    @Test
    void findAllReportsTheOffsetsOfEachName() {
        String text = "该院位于湖南省郴州市北湖区，与上海和内蒙古的医院合作。";

        List<Match> matches = divisions.findAll(text);

        assertThat(matches)
                .extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("湖南省", "郴州市", "北湖区", "上海", "内蒙古");
        assertThat(matches)
                .extracting(m -> m.division().code())
                .containsExactly("430000", "431000", "431002", "310000", "150000");
        assertThat(matches.get(0).start()).isEqualTo(4);
    }

    @Test
    void findAllTakesTheLongestNameAtEachPosition() {
        assertThat(divisions.findAll("长沙县人民医院"))
                .singleElement()
                .satisfies(m -> assertThat(m.division().name()).isEqualTo("长沙县"));
    }

    @Test
    void findAllReadsAnAmbiguousNameInTheLightOfThePrecedingMatch() {
        assertThat(divisions.findAll("吉林省长春市朝阳区"))
                .last()
                .satisfies(m -> assertThat(m.division().code()).isEqualTo("220104"));
        assertThat(divisions.findAll("北京市朝阳区"))
                .last()
                .satisfies(m -> assertThat(m.division().code()).isEqualTo("110105"));
    }

    @Test
    void findAllIgnoresCountyShortNames() {
        assertThat(divisions.findAll("离石的医院")).isEmpty();
    }

    @Test
    void findAllIgnoresCountyNamesThatAreEverydayWords() {
        assertThat(divisions.findAll("主城区和郊区")).isEmpty();
    }

    @Test
    void findAllOnTextWithoutPlacesFindsNothing() {
        assertThat(divisions.findAll("")).isEmpty();
        assertThat(divisions.findAll("The hospital has 1200 beds.")).isEmpty();
    }

    @Property(tries = 500)
    void findAllMatchesLieInsideTheTextAndSpellTheName(@ForAll String text) {
        assertMatchesAreWellFormed(text);
    }

    @Property(tries = 1000)
    void findAllMatchesInPlaceLikeTextLieInsideTheTextAndSpellTheName(@ForAll("placeLikeText") String text) {
        assertMatchesAreWellFormed(text);
    }

    @Provide
    Arbitrary<String> placeLikeText() {
        Arbitrary<String> names =
                Arbitraries.of("湖南省", "湖南", "郴州市", "北湖区", "朝阳区", "长沙县", "长沙", "内蒙古自治区", "鼓楼区", "吉林", "上海市", "恩施", "城区");
        Arbitrary<String> fragments =
                Arbitraries.strings().withChars("湖南省郴州市北京朝阳区长沙县吉林内蒙古自治的人民医院").ofMaxLength(4);
        return Arbitraries.oneOf(names, fragments).list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    private static void assertMatchesAreWellFormed(String text) {
        List<Match> matches = divisions.findAll(text);
        int previousEnd = 0;
        for (Match m : matches) {
            assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(m.end());
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            String name = m.division().name();
            // an autonomous county is also found as its short name with 县 or 旗 (紫云县, 长阳县)
            String shortWithSuffix = m.division().shortName() + name.charAt(name.length() - 1);
            assertThat(text.substring(m.start(), m.end()))
                    .isIn(name, m.division().shortName(), shortWithSuffix);
            previousEnd = m.end();
        }
    }
}
