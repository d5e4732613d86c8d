package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.mentioned;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families the eighteenth round fixed (from the development texts' failures and the development halves of the fortieth
 * and forty-second fresh sets, read only after they were scored), each pinned on a sentence written for the test. How
 * well they work is measured on real texts only (eval/).
 */
class EighteenthRoundWordingTest {

    // names

    @Test
    void aHospitalNamedOnlyInsideItsGroupsNameIsAHospitalOfTheText() {
        ExtractionResult r = read("重庆市大足区人民医院成立于1941年，是国家三级甲等综合医院，重医一院医院集团成员单位。");
        assertThat(memberships(r)).containsExactly(List.of("重医一院", "重庆市大足区人民医院"));
        assertThat(r.hospitals()).extracting(HospitalFact::name).contains("重医一院", "重庆市大足区人民医院");
        // a township centre stays a member only, and a group is no hospital
        ExtractionResult township = read("常州市第二人民医院2023年开放床位1000张。溧城卫生院是常州市第二人民医院医联体成员单位。");
        assertThat(township.hospitals()).extracting(HospitalFact::name).doesNotContain("溧城卫生院", "常州市第二人民医院医联体");
    }

    @Test
    void aNameWithItsCityAndCountyIsAlsoKnownByTheCountyAlone() {
        ExtractionResult r = read("温州苍南县中医院2023年开放床位500张。");
        assertThat(r.hospitals())
                .filteredOn(h -> h.name().equals("温州苍南县中医院"))
                .singleElement()
                .satisfies(h -> assertThat(h.aliases()).contains("苍南县中医院"));
        ExtractionResult three = read("湖南省长沙市望城区人民医院2023年开放床位800张。");
        assertThat(three.hospitals())
                .singleElement()
                .satisfies(h -> assertThat(h.aliases()).contains("长沙市望城区人民医院", "望城区人民医院"));
        // after a province, whatever place follows ("西安" of 西安交通大学) is left out with it
        ExtractionResult university = read("陕西省西安交通大学第一附属医院2023年开放床位3000张。");
        assertThat(university.hospitals())
                .singleElement()
                .satisfies(h -> assertThat(h.aliases()).contains("西安交通大学第一附属医院"));
    }

    @Test
    void aMeasureWordAfterANumberIsNoPartOfAUniversityShortForm() {
        assertThat(mentioned("青大附院与平度市签署帮扶协议。当天，还有7位青大附院的医生在当地义诊。")).containsExactly("青大附院", "青大附院");
    }

    @Test
    void shortProperNamesGoOnDownAListAndPastItsLastConjunction() {
        assertThat(mentioned("参保人员在友谊医院、朝阳医院、宣武医院和天坛医院等6家医院住院。")).containsExactly("友谊医院", "朝阳医院", "宣武医院", "天坛医院");
        // 和平医院 keeps its 和: without it too short a name is left
        assertThat(mentioned("参保人员在友谊医院、宣武医院和和平医院住院。")).containsExactly("友谊医院", "宣武医院", "和平医院");
        // a generic word after the conjunction is no name
        assertThat(mentioned("北京市海淀医院牵头组建紧密型医联体，成员单位包括北京大学第三医院、友谊医院、宣武医院和辖区医院。"))
                .containsExactly("北京市海淀医院", "北京大学第三医院", "友谊医院", "宣武医院");
    }

    // consortia

    @Test
    void theRoleInBracketsAfterAHospitalIsUnderTheHospitalInThem() {
        assertThat(memberships(read("广州仁爱天河医院（中山大学附属第三医院联盟医院）承办了妇产科联盟大会。")))
                .containsExactly(List.of("中山大学附属第三医院", "广州仁爱天河医院"));
        assertThat(memberships(read("盘锦市人民医院（中国医科大学附属盛京医院辽东湾分院）坐落于辽东湾新区。")))
                .containsExactly(List.of("中国医科大学附属盛京医院", "盘锦市人民医院"));
        // another name in brackets with no role word is the same hospital's
        assertThat(memberships(read("盘锦市人民医院（盘锦市中心医院）坐落于辽东湾新区，开放床位800张。"))).isEmpty();
    }

    @Test
    void aGroupTakesNewMembersIn() {
        assertThat(memberships(read("复旦大学附属华山医院医疗集团新增成员单位：闵行区中心医院、奉贤区中心医院。")))
                .containsExactly(List.of("复旦大学附属华山医院", "闵行区中心医院"), List.of("复旦大学附属华山医院", "奉贤区中心医院"));
        assertThat(memberships(read("上海交通大学医学院附属瑞金医院集团中增加了闵行区中心医院。")))
                .containsExactly(List.of("上海交通大学医学院附属瑞金医院", "闵行区中心医院"));
    }

    @Test
    void aGroupNamedAfterAShortFormIsLedByTheHospitalTheTextNamesInFull() {
        assertThat(memberships(read("南京鼓楼医院是一所三甲医院。鼓楼医院集团再添新成员，阜宁县人民医院加盟。")))
                .containsExactly(List.of("南京鼓楼医院", "阜宁县人民医院"));
    }

    @Test
    void aHospitalsGroupWhoseHospitalIsNotReadGivesNoLeaderlessMembers() {
        String text = "2001年，如上海第二医科大学附属瑞金医院集团中增加了闵行区中心医院。";
        assertThat(mentioned(text)).containsExactly("上海第二医科大学附属瑞金医院", "闵行区中心医院");
        assertThat(memberships(read(text))).isEmpty();
    }

    @Test
    void runningAHospitalTogetherIsAConsortiumsSigning() {
        assertThat(memberships(read("浙江开化县中医院与浙大医学院附属邵逸夫医院合作办医正式签约。")))
                .containsExactly(List.of("浙大医学院附属邵逸夫医院", "浙江开化县中医院"));
    }

    @Test
    void aHospitalHangsTheBranchPlaqueOfARegionNotOnlyOfAPlace() {
        assertThat(memberships(read("泉港区医院挂牌福建医科大学附属第一医院闽南分院，组建融合型医联体。")))
                .containsExactly(List.of("福建医科大学附属第一医院", "泉港区医院"));
    }

    @Test
    void theGovernmentThatSignsBesideAHospitalIsNoPartyBetweenTheSides() {
        assertThat(memberships(read("青岛大学附属医院与平度市卫生计生局、平度市崔家集中心卫生院签署对口帮扶协议。")))
                .containsExactly(List.of("青岛大学附属医院", "平度市崔家集中心卫生院"));
        assertThat(memberships(read("青岛大学附属医院与平度市卫生计生局 、平度市崔家集中心卫生院签署对口帮扶协议。")))
                .containsExactly(List.of("青岛大学附属医院", "平度市崔家集中心卫生院"));
    }

    @Test
    void aTownshipMemberInterruptedByPinyinIsNamedAsWritten() {
        ExtractionResult r = read("市中心醫(yī)院分別與平度市舊店中心衛(wèi)生院、平度市祝溝衛(wèi)生院簽訂精準幫扶協議。");
        assertThat(r.consortia())
                .flatExtracting(c -> c.members().stream()
                        .filter(m -> m.role().equals("member"))
                        .map(ConsortiumFact.Member::hospital)
                        .toList())
                .containsExactly("平度市舊店中心衛(wèi)生院", "平度市祝溝衛(wèi)生院");
    }

    // the second half of the round

    @Test
    void hospitalsPairedOneByOneArePairsNotOneList() {
        assertThat(memberships(read("明确常州市第一人民医院对口支援安康市中心医院、常州市第二人民医院对口支援安康市人民医院、常州市中医医院对口支援安康市中医医院。")))
                .containsExactlyInAnyOrder(
                        List.of("常州市第一人民医院", "安康市中心医院"),
                        List.of("常州市第二人民医院", "安康市人民医院"),
                        List.of("常州市中医医院", "安康市中医医院"));
        // a short word may end a pair's clause ("…后，")
        assertThat(memberships(read("宁波市第一医院托管宁海县第一医院后，宁波市中医院托管宁海县中医医院，宁波市妇女儿童医院托管宁海县妇幼保健院。")))
                .containsExactlyInAnyOrder(
                        List.of("宁波市第一医院", "宁海县第一医院"), List.of("宁波市中医院", "宁海县中医医院"), List.of("宁波市妇女儿童医院", "宁海县妇幼保健院"));
        assertThat(memberships(read("常州市第一人民医院托管安康市中心医院，常州市第二人民医院托管安康市人民医院。")))
                .containsExactlyInAnyOrder(List.of("常州市第一人民医院", "安康市中心医院"), List.of("常州市第二人民医院", "安康市人民医院"));
        // 对口 alone between two hospitals
        assertThat(memberships(read("明确常州市第一人民医院对口安康市中心医院、常州市第二人民医院对口安康市人民医院。")))
                .containsExactlyInAnyOrder(List.of("常州市第一人民医院", "安康市中心医院"), List.of("常州市第二人民医院", "安康市人民医院"));
    }

    @Test
    void oneHospitalRunsAnother() {
        assertThat(memberships(read("陵水黎族自治县与青岛大学附属医院举办签约仪式，委托青岛大学附属医院运营管理陵水县人民医院。")))
                .containsExactly(List.of("青岛大学附属医院", "陵水县人民医院"));
    }

    @Test
    void theWritersOwnPlaceOpensAShortForm() {
        assertThat(mentioned("常州市委统一部署，明确我市第一人民医院对口支援常州市武进人民医院。")).containsExactly("常州市第一人民医院", "常州市武进人民医院");
        // 本区域 is no place of the writer's
        assertThat(mentioned("常州市第一人民医院是本区域最大的医院。")).containsExactly("常州市第一人民医院");
    }

    @Test
    void aHospitalsFormerNamesAreNotTheHospitalTheTextIsAbout() {
        ExtractionResult r = read("医院概况\n\n医院始建于1950年，1956年更名为怀化县人民医院；1983年更名为怀化市人民医院；1998年升格为怀化市第三人民医院、"
                + "怀化卫校附属医院；2015年经省人民政府批准，更名为湖南医药学院第一附属医院。\n\n医院是一所三级甲等综合医院，编制病床1200张。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::hospital, IndicatorFact::code)
                .containsExactly(tuple("湖南医药学院第一附属医院", "beds_authorized"));
        assertThat(r.hospitals())
                .filteredOn(HospitalFact::main)
                .extracting(HospitalFact::name)
                .containsExactly("湖南医药学院第一附属医院");
        // a designation is no renaming: the hospital designated stays the one the text is about
        ExtractionResult designated = read("2023年，怀化市第一人民医院被确定为湖南省人民医院协作医院，全年门诊量达120万人次。");
        assertThat(designated.hospitals())
                .filteredOn(HospitalFact::main)
                .extracting(HospitalFact::name)
                .containsExactly("怀化市第一人民医院");
    }

    @Test
    void ofTwoCitiesHospitalsTheOneInTheProvincialCapitalLeads() {
        assertThat(memberships(read("12月13日，玉溪市儿童医院与昆明市儿童医院签订医联体合作协议。")))
                .containsExactly(List.of("昆明市儿童医院", "玉溪市儿童医院"));
        assertThat(memberships(read("12月13日，昆明市儿童医院与玉溪市儿童医院签订医联体合作协议。")))
                .containsExactly(List.of("昆明市儿童医院", "玉溪市儿童医院"));
        // a framework agreement of cooperation is a consortium's signing, as the cooperation agreement is
        assertThat(memberships(read("12月13日，玉溪市儿童医院与昆明市儿童医院签订合作框架协议。"))).containsExactly(List.of("昆明市儿童医院", "玉溪市儿童医院"));
        // two hospitals of cities that are no capitals: no lead is read
        assertThat(memberships(read("12月13日，玉溪市儿童医院与曲靖市儿童医院签订医联体合作协议。"))).isEmpty();
    }
}
