package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.mentioned;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families of wording the sixteenth round fixed (from the development halves of the twenty-eighth and thirtieth fresh
 * sets, read only after they were scored, and from the held-out probe's families), each pinned on a sentence written
 * for the test. How well they work is measured on real texts only (eval/).
 */
class SixteenthRoundWordingTest {

    // hospital names

    @Test
    void wordsThenAnotherPlacesFullNameSplitTwoNames() {
        assertThat(mentioned("宜宾市第一人民医院组团式帮扶兴文县人民医院")).containsExactly("宜宾市第一人民医院", "兴文县人民医院");
        assertThat(mentioned("宜宾市第一人民医院授予兴文县人民医院“心血管专科联盟成员单位”牌匾。")).containsExactly("宜宾市第一人民医院", "兴文县人民医院");
        assertThat(mentioned("宜宾市第一人民医院专家进驻兴文县人民医院")).containsExactly("宜宾市第一人民医院", "兴文县人民医院");
        assertThat(mentioned("达州市中心医院院长张三同志和渠县人民医院院长李四同志签署了合作协议书。")).containsExactly("达州市中心医院", "渠县人民医院");
        // a branch named after its parent and a bare place stays one name, and so does a group's hospital
        assertThat(mentioned("北京积水潭医院郑州医院开诊。")).containsExactly("北京积水潭医院郑州医院");
        assertThat(mentioned("山东省立医院集团泰安市中心医院揭牌。")).containsExactly("山东省立医院集团泰安市中心医院");
    }

    @Test
    void aTitleAfterAPartnersNameIsNoHospital() {
        assertThat(mentioned("渠县人民医院成为达州市中心医院区域联盟医院。")).containsExactly("渠县人民医院", "达州市中心医院");
        assertThat(memberships(read("渠县人民医院挂牌成为达州市中心医院区域联盟医院。"))).containsExactly(List.of("达州市中心医院", "渠县人民医院"));
    }

    @Test
    void aPsychiatricHospitalWrittenBingyuan() {
        assertThat(mentioned("渠县精神病院与达州市中心医院签订医联体协议。")).containsExactly("渠县精神病院", "达州市中心医院");
        assertThat(mentioned("各级精神病院")).isEmpty();
    }

    @Test
    void aVariantOfATraditionalCharacterIsReadAsIt() {
        assertThat(TraditionalCharacters.toSimplified("陜西省人民醫院，衞生院")).isEqualTo("陕西省人民医院，卫生院");
        ExtractionResult r = read("陜西省人民醫院與渠縣人民醫院簽訂醫聯體協議。");
        assertThat(memberships(r)).containsExactly(List.of("陜西省人民醫院", "渠縣人民醫院"));
    }

    // consortia

    @Test
    void seatsGivenByDanrenAndCountedMembers() {
        ExtractionResult r =
                read("广元市卒中专科联盟由广元市中心医院牵头成立。市中心医院担任理事长单位，市第一人民医院、市中医医院担任副理事长单位。" + "苍溪县人民医院等31家医疗机构为理事成员单位。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("广元市中心医院", "广元市第一人民医院"), List.of("广元市中心医院", "广元市中医医院"), List.of("广元市中心医院", "苍溪县人民医院"));
        assertThat(memberships(
                        read("达州市中心医院作为牵头单位，愿意为联盟的发展提供全方位支持。来自渠县人民医院、宣汉县人民医院等多家成员单位代表，" + "共同见证了“达州市皮肤病专科联盟”的成立。")))
                .containsExactlyInAnyOrder(List.of("达州市中心医院", "渠县人民医院"), List.of("达州市中心医院", "宣汉县人民医院"));
    }

    @Test
    void twoHospitalsBecomePartners() {
        assertThat(memberships(read("签约标志着无棣县人民医院与滨州医学院附属医院正式成为协作单位。")))
                .containsExactly(List.of("滨州医学院附属医院", "无棣县人民医院"));
        assertThat(memberships(read("达州市人民医院与渠县人民医院建立紧密协作关系，双方将开展合作。"))).containsExactly(List.of("达州市人民医院", "渠县人民医院"));
        assertThat(memberships(read("此次医联体合作签约揭牌标志着邹城市人民医院正式成为山东省立医院医联体合作单位。")))
                .containsExactly(List.of("山东省立医院", "邹城市人民医院"));
        // two of one tier: who leads is not said
        assertThat(memberships(read("宜宾市第一人民医院与宜宾市第二人民医院建立协作关系。"))).isEmpty();
        // a partner's seat needs a hospital to hold it
        assertThat(memberships(read("两所医院互结成专科联盟协作单位。"))).isEmpty();
    }

    @Test
    void aDisciplineBuiltUpTogether() {
        assertThat(memberships(read("近日，赣南医学院第一附属医院与瑞金市人民医院、兴国县人民医院签订了普通外科学科省县共建合同书。")))
                .containsExactlyInAnyOrder(List.of("赣南医学院第一附属医院", "瑞金市人民医院"), List.of("赣南医学院第一附属医院", "兴国县人民医院"));
        // building a new ward together is no partnership of disciplines
        assertThat(memberships(read("近日，赣南医学院第一附属医院与瑞金市人民医院签订了病房大楼共建协议。"))).isEmpty();
    }

    @Test
    void signersNamedForTheirHospitals() {
        assertThat(memberships(read("达州市中心医院院长张三同志和渠县人民医院院长李四同志签署了合作协议书。")))
                .containsExactly(List.of("达州市中心医院", "渠县人民医院"));
        // the two heads doing something else sign nothing
        assertThat(memberships(read("宜宾市第一人民医院院长张华和兴文县人民医院院长李明共同为义诊活动揭幕。"))).isEmpty();
        assertThat(memberships(read("宜宾市第一人民医院院长张华和兴文县人民医院院长李明出席并见证签约仪式。"))).isEmpty();
    }

    @Test
    void ourHospitalIsNoneOfTheHospitalsItSignsWith() {
        // a page that never names itself: the hospital taken for 我院 is listed among the other side, so 我院 is unknown
        assertThat(memberships(read("我院与渠县人民医院、宣汉县人民医院签署了帮带协议。"))).isEmpty();
        // the page's own hospital named elsewhere in the sentence still signs as 我院
        assertThat(memberships(read("兰州大学第一医院\n2017年6月30日，我院与舟曲县人民医院签订了《医联体协议》，兰州大学第一医院副院长参加了签约仪式。")))
                .containsExactly(List.of("兰州大学第一医院", "舟曲县人民医院"));
    }

    @Test
    void aDelegationVisitsToSetUpSupport() {
        assertThat(memberships(read("2024年12月25日桂林市中西医结合医院副院长靳清带队分别到灌阳县中医医院、平乐县中医医院洽谈对口支援事宜，" + "会上签订了对口帮扶协议书。")))
                .containsExactlyInAnyOrder(List.of("桂林市中西医结合医院", "灌阳县中医医院"), List.of("桂林市中西医结合医院", "平乐县中医医院"));
        assertThat(memberships(read("4月11日，商丘市第一人民医院院长一行带领对口支援专家到虞城县人民医院指导工作。")))
                .containsExactly(List.of("商丘市第一人民医院", "虞城县人民医院"));
        // a visit to learn, or between hospitals of one tier, sets up nothing
        assertThat(memberships(read("宜宾市第一人民医院院长一行到兴文县人民医院参观学习。"))).isEmpty();
        assertThat(memberships(read("宜宾市第一人民医院院长一行到宜宾市第二人民医院洽谈医联体建设事宜。"))).isEmpty();
        // the support word must name the visit's business or the team sent, not who goes along
        assertThat(memberships(read("渠县人民医院院长带领医共体成员单位负责人赴浙江省人民医院参观学习。"))).isEmpty();
    }

    @Test
    void supportAndTakeOverWordings() {
        assertThat(memberships(read("近日，达州市人民医院组团式对口支援渠县人民医院，签约仪式在渠县举行。")))
                .containsExactly(List.of("达州市人民医院", "渠县人民医院"));
        assertThat(memberships(read("渠县人民医院建成后将全面委托达州市第一人民医院运营管理。"))).containsExactly(List.of("达州市第一人民医院", "渠县人民医院"));
        // a counterpart-support title is no consortium seat (the gold of two real profiles does not count it)
        assertThat(memberships(read("祥云县人民医院是上海交通大学医学院附属第九人民医院对口支援医院。"))).isEmpty();
        // a hospital that entrusts a task, not its running, is taken over by nobody
        assertThat(memberships(read("渠县人民医院委托达州市第一人民医院开展检验。"))).isEmpty();
        assertThat(memberships(read("渠县人民医院委托四川大学华西医院管理研究所开展绩效评价。"))).isEmpty();
    }

    @Test
    void aHospitalThatReportsToItsPartnersMeetingSignsWithTheList() {
        assertThat(memberships(read("3月5日，达州市中心医院举行第三届医联体工作会议，并与渠县人民医院、宣汉县人民医院等2家医院签署了医联体协议。")))
                .containsExactlyInAnyOrder(List.of("达州市中心医院", "渠县人民医院"), List.of("达州市中心医院", "宣汉县人民医院"));
        // a list with one of the subject's tier: who leads is not said
        assertThat(memberships(read("3月5日，达州市中心医院举行会议，并与渠县人民医院、达州市中医医院签署了医联体协议。")))
                .isEmpty();
    }

    @Test
    void anAllianceNamedBeforeAndComposedInItsFirstTerm() {
        ExtractionResult r = read("2020年，达州市心血管专科联盟成立。首届联盟由达州市人民医院、渠县人民医院、宣汉县人民医院和大竹县中医院共同组成。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("null", "达州市人民医院"),
                        List.of("null", "渠县人民医院"),
                        List.of("null", "宣汉县人民医院"),
                        List.of("null", "大竹县中医院"));
        assertThat(r.consortia()).extracting(ConsortiumFact::name).containsExactly("达州市心血管专科联盟");
    }

    @Test
    void aCountOfMembersIsNoConsortiumsNameAndCountsTheLeadsMembers() {
        ExtractionResult r = read("四川省人民医院牵头成立“四川省中毒中心联盟”，现有65家联盟单位。");
        assertThat(r.consortia()).extracting(ConsortiumFact::name).containsExactly("四川省中毒中心联盟");
        assertThat(r.indicators())
                .extracting(
                        IndicatorFact::hospital,
                        IndicatorFact::code,
                        f -> f.value().intValue())
                .containsExactly(tuple("四川省人民医院", "consortium_partner_hospitals", 65));
        assertThat(read("长泰县医院与林墩镇卫生院、枋洋镇卫生院和阪里镇卫生院等5家基层医疗机构共同签署医疗联合体合作协议。").indicators())
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .containsExactly(tuple("consortium_partner_hospitals", 5));
        // a list of some members given plaques is no count of all of them
        assertThat(read("云梦县人民医院牵头组建医共体。县人民医院负责人先后到沙河乡卫生院、道桥镇卫生院等6家乡镇卫生院，分别举行了医共体分院揭牌仪式。")
                        .indicators())
                .isEmpty();
    }

    // indicators

    @Test
    void anActualFigureAfterAPlannedOneIsNoTarget() {
        ExtractionResult r = read("渠县人民医院始建于1950年，医院规划病床800张，实际开放650张。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, f -> f.value().intValue(), IndicatorFact::target)
                .containsExactly(tuple("beds_open", 650, false));
        assertThat(read("渠县人民医院规划病床800张。").indicators())
                .extracting(IndicatorFact::target)
                .containsOnly(true);
        // 现 opens a word (现代化), not a statement of what is
        assertThat(read("渠县人民医院规划建设外科大楼，现代化病房设置床位600张。").indicators())
                .extracting(IndicatorFact::target)
                .containsOnly(true);
    }

    @Test
    void aYearRightBeforeAYearlyFigureDatesItInAHistorySentence() {
        assertThat(read("渠县人民医院始建于1950年，2022年门急诊量50万人次。").indicators())
                .extracting(IndicatorFact::code, IndicatorFact::year)
                .containsExactly(tuple("outpatient_emergency_visits", 2022));
        // a building of the history is no yearly figure's term: its year dates nothing
        assertThat(read("渠县人民医院始建于1958年，1998年门诊综合楼投入使用，现有开放床位800张。").indicators())
                .extracting(IndicatorFact::code, IndicatorFact::year)
                .containsExactly(tuple("beds_open", null));
    }

    @Test
    void revenueSaidTheSpokenWay() {
        assertThat(read("2022年，渠县人民医院总收入达5个亿。").indicators())
                .extracting(IndicatorFact::code, f -> f.value().longValue(), IndicatorFact::unit)
                .containsExactly(tuple("revenue", 500_000_000L, "CNY"));
    }
}
