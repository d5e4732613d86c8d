package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.mentioned;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families of wording the seventeenth round fixed (from the development texts' failures and the development half of
 * the thirty-fourth fresh set, read only after it was scored), each pinned on a sentence written for the test. How well
 * they work is measured on real texts only (eval/).
 */
class SeventeenthRoundWordingTest {

    // pilots

    @Test
    void hospitalsSelectedFromAPilotListPublishedBefore() {
        ExtractionResult r = read("2020年，国家卫生健康委公布了第二批国家分娩镇痛试点医院。全国900余家医院当中，我市的达州市中心医院和达州市妇幼保健院两家医院入选。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::year, PilotFact::name)
                .containsExactly(tuple("达州市中心医院", 2020, "第二批国家分娩镇痛试点医院"), tuple("达州市妇幼保健院", 2020, "第二批国家分娩镇痛试点医院"));
        assertThat(read("2021年，省卫生健康委公布了按病种付费试点医院名单。新增的30家医院中，渠县人民医院名列其中。").pilots())
                .extracting(PilotFact::hospital, PilotFact::year)
                .containsExactly(tuple("渠县人民医院", 2021));
        assertThat(read("2022年，国家卫生健康委公布了首批疑难病症诊治能力提升试点医院名单。达州市中心医院光荣上榜，成为全省三家之一。")
                        .pilots())
                .extracting(PilotFact::hospital)
                .containsExactly("达州市中心医院");
    }

    @Test
    void countyHospitalsFoundUpToTheCapacityStandard() {
        ExtractionResult r = read("2021年，国家卫健委公布全国新增441家基本符合县医院医疗服务能力推荐标准的医院(简称“达标县医院”)名单，其中我省有3家县医院上榜。"
                + "这3家医院是：渠县人民医院、宣汉县人民医院、大竹县人民医院。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::year, PilotFact::name)
                .containsExactly(
                        tuple("渠县人民医院", 2021, "全国新增441家基本符合县医院医疗服务能力推荐标准的医院"),
                        tuple("宣汉县人民医院", 2021, "全国新增441家基本符合县医院医疗服务能力推荐标准的医院"),
                        tuple("大竹县人民医院", 2021, "全国新增441家基本符合县医院医疗服务能力推荐标准的医院"));
        // 推荐 of the standard's name plans nothing
        assertThat(read("2019年，国家卫健委公布第一批300家基本符合县医院医疗服务能力推荐标准医院名单，渠县人民医院位列其中。").pilots())
                .extracting(PilotFact::hospital, PilotFact::year)
                .containsExactly(tuple("渠县人民医院", 2019));
    }

    @Test
    void aBareSelectionTakesOnlyAPilotsList() {
        // a list that names no pilot (the conventions count other designations as ambiguous)
        assertThat(read("2021年，教育部、国家卫生健康委发布了《关于公布首批国家临床教学培训示范中心认定结果的通知》，达州市中心医院入选。")
                        .pilots())
                .isEmpty();
        // a ranking, an award or an assessment named after the pilot list: what they were selected for
        assertThat(read("2023年，国家卫生健康委公布了第二批公立医院高质量发展试点医院名单。10月15日，复旦大学医院管理研究所发布2023年度"
                                + "中国医院综合排行榜。四川大学华西医院和达州市中心医院均上榜。")
                        .pilots())
                .isEmpty();
        assertThat(read("2023年，国家卫生健康委公布了第二批公立医院高质量发展试点医院名单。在第五届中国医院管理奖评选中，达州市中心医院光荣上榜。")
                        .pilots())
                .isEmpty();
        assertThat(read("国家卫生健康委确定了DRG付费国家试点医院，要求各地加强监管。此次全国三级公立医院绩效考核中，达州市中心医院和渠县人民医院均入围。")
                        .pilots())
                .isEmpty();
    }

    // consortia

    @Test
    void theRuleTheySignByStandsBetweenTheListAndTheSigning() {
        assertThat(memberships(read("达州市中心医院与渠县人民医院、宣汉县人民医院等两家医院，根据《达州市医联体建设实施方案》的有关规定，签署了医联体工作协议。")))
                .containsExactly(List.of("达州市中心医院", "渠县人民医院"), List.of("达州市中心医院", "宣汉县人民医院"));
        assertThat(memberships(read("达州市中心医院与渠县人民医院，按照市卫生健康委的统一部署，签署了医联体协议。")))
                .containsExactly(List.of("达州市中心医院", "渠县人民医院"));
        // a clause of another kind between them is no such adverbial
        assertThat(memberships(read("达州市中心医院与渠县人民医院的专家，在义诊活动中，签署了医联体协议。"))).isEmpty();
    }

    @Test
    void twoHospitalsSignOnADateToBecomePartnerHospitals() {
        assertThat(memberships(read("四川大学华西医院与达州市中心医院于5月上旬正式签约建立合作医院。")))
                .containsExactly(List.of("四川大学华西医院", "达州市中心医院"));
    }

    @Test
    void institutionsTheDirectoryDoesNotKnowDoNotCutAList() {
        assertThat(SentenceRoles.LIST_GAP.matcher("、北辰区妇儿保健和计划生育技术服务中心、东丽医院、").matches())
                .isTrue();
        assertThat(SentenceRoles.LIST_GAP
                        .matcher("、通川区妇儿保健和计划生育技术服务中心、佑民医院、东岳医院、")
                        .matches())
                .isTrue();
        // a clause that takes a hospital over is no institution of the list
        assertThat(SentenceRoles.LIST_GAP.matcher("，同时接管佑民医院、东岳医院，").matches()).isFalse();
        assertThat(memberships(read("达州市中心医院与渠县人民医院、通川区妇儿保健和计划生育技术服务中心、佑民医院、宣汉县人民医院等五家医疗机构签署医联体协议。")))
                .containsExactly(List.of("达州市中心医院", "渠县人民医院"), List.of("达州市中心医院", "宣汉县人民医院"));
    }

    @Test
    void aGovernmentEntrustsTheHospitalItsAgreementsTitleNames() {
        assertThat(memberships(read("会上，渠县人民政府与达州市中心医院签订《关于渠县人民医院委托管理合作协议》，托管期限为5年。")))
                .containsExactly(List.of("达州市中心医院", "渠县人民医院"));
        assertThat(memberships(read("渠县卫生健康局与达州市中心医院正式签署《渠县中医院托管协议》。"))).containsExactly(List.of("达州市中心医院", "渠县中医院"));
        // a title that entrusts nothing
        assertThat(memberships(read("会上，渠县人民政府与达州市中心医院签订《关于渠县人民医院改扩建项目合作协议》，并商定托管事宜。")))
                .isEmpty();
        // a title in which the hospital named takes another over: not the signer's
        assertThat(memberships(read("渠县人民政府与达州市中心医院签订《关于渠县人民医院托管宣汉县人民医院的协议》。")))
                .doesNotContain(List.of("达州市中心医院", "渠县人民医院"));
        // an agreement ended
        assertThat(memberships(read("渠县人民政府与达州市中心医院签订《关于渠县人民医院托管协议》的补充条款，终止了原协议。")))
                .isEmpty();
    }

    @Test
    void aPlaqueGivenToAListGoesToEachOfIt() {
        assertThat(memberships(read("仪式上，达州市中心医院院长张三为渠县人民医院、宣汉县人民医院、大竹县人民医院授予“达州市中心医院医联体成员单位”牌匾。")))
                .containsExactly(
                        List.of("达州市中心医院", "渠县人民医院"), List.of("达州市中心医院", "宣汉县人民医院"), List.of("达州市中心医院", "大竹县人民医院"));
        // a branch's plaque that names no hospital: the giver's
        assertThat(memberships(read("会上，达州市中心医院为渠县人民医院、宣汉县人民医院授予“分院”牌匾。")))
                .containsExactly(List.of("达州市中心医院", "渠县人民医院"), List.of("达州市中心医院", "宣汉县人民医院"));
    }

    @Test
    void membersOfTheFirstBatchTakeTheDocumentsLead() {
        assertThat(memberships(read("达州市中心医院牵头成立达州市胸痛专科联盟。会上，与会领导为渠县人民医院、宣汉县人民医院等首批成员单位授牌。")))
                .containsExactly(List.of("达州市中心医院", "渠县人民医院"), List.of("达州市中心医院", "宣汉县人民医院"));
        // without a member's word they may be anything the plaque says
        assertThat(memberships(read("达州市中心医院牵头成立达州市胸痛专科联盟。会上，与会领导为渠县人民医院、宣汉县人民医院授牌。")))
                .isEmpty();
    }

    @Test
    void aPlaqueHungAtAHospitalWithoutQuotes() {
        assertThat(memberships(read("此次揭牌是在渠县人民医院增挂达州市中心医院东院区牌子。"))).containsExactly(List.of("达州市中心医院", "渠县人民医院"));
        assertThat(memberships(read("渠县人民医院增挂“达州市中心医院渠县院区”牌子。"))).containsExactly(List.of("达州市中心医院", "渠县人民医院"));
        // a plaque of the hospital's own department names no partner
        assertThat(memberships(read("此次揭牌是在渠县人民医院增挂达州市中心医院专家工作站牌子。"))).isEmpty();
    }

    @Test
    void twoHospitalsJoinHandsThenSetUpAConsortium() {
        ExtractionResult r = read("3月16日，达州市中心医院与渠县人民医院携手合作，正式设立心血管专科医联体，并举行签约授牌仪式。");
        assertThat(memberships(r)).containsExactly(List.of("达州市中心医院", "渠县人民医院"));
        assertThat(r.consortia()).extracting(ConsortiumFact::name).noneMatch(n -> n != null && n.contains("设立"));
        // joining hands for something else sets up nothing
        assertThat(memberships(read("3月16日，达州市中心医院与渠县人民医院携手合作，开展义诊活动。"))).isEmpty();
    }

    @Test
    void aVerbOfTakingOverIsNoPartOfAName() {
        assertThat(mentioned("武汉市中心医院同时接管前川街卫生院、滠口街卫生院。")).containsExactly("武汉市中心医院", "前川街卫生院", "滠口街卫生院");
        assertThat(mentioned("武汉市中心医院全面接管横店街卫生院。")).containsExactly("武汉市中心医院", "横店街卫生院");
        assertThat(mentioned("武汉市中心医院帮扶蔡榨街卫生院。")).containsExactly("武汉市中心医院", "蔡榨街卫生院");
    }

    @Test
    void aDistrictsShortNameBeforeYiyuanNamesItsHospital() {
        assertThat(mentioned("东丽医院与天津市儿童医院签订医联体协议。")).containsExactly("东丽医院", "天津市儿童医院");
        assertThat(memberships(read("天津市儿童医院与东丽医院签订医联体协议。"))).containsExactly(List.of("天津市儿童医院", "东丽医院"));
        // short names that read as words before 医院: a new hospital, a partner, the safe-hospital campaign
        assertThat(mentioned("新建医院编制床位1680张。")).isEmpty();
        assertThat(mentioned("合作医院专家定期坐诊。")).isEmpty();
        assertThat(mentioned("积极创建平安医院。")).isEmpty();
        // a city's short name is no such place: 中山 of 中山市
        assertThat(mentioned("中山医院专家来院义诊。")).isEmpty();
    }

    @Test
    void aMemberOfTheAllianceTheDocumentNamedBeforeByItsPointer() {
        assertThat(mentioned("日前，由重医附一院组织发起的专科联盟成立。")).containsExactly("重医附一院");
        ExtractionResult r = read("日前，由兰大二院组织发起的“西北神经外科专科联盟”成立大会在兰州举行。经大会表决，渠县人民医院作为为数不多的县级医院，" + "成为该专科联盟成员单位。");
        assertThat(memberships(r)).containsExactly(List.of("兰大二院", "渠县人民医院"));
        assertThat(r.consortia()).extracting(ConsortiumFact::name).containsExactly("西北神经外科专科联盟");
    }
}
