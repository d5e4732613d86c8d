package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.mentioned;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families of wording the thirteenth round fixed (from the nineteenth fresh set's development half, the development
 * set's misses and the held-out set's failure families, read as families only), each pinned on a sentence written for
 * the test. How well they work is measured on real texts only (eval/).
 */
class ThirteenthRoundWordingTest {

    // hospital names

    @Test
    void aListItemNamingABranchAfterItsParentAndPlaceIsTheBranch() {
        assertThat(mentioned("成员单位包括：株洲市中心医院、湘潭市中心医院醴陵分院、湘潭县人民医院。"))
                .containsExactly("株洲市中心医院", "湘潭市中心医院醴陵分院", "湘潭县人民医院");
        // not an item of a list: the branch's plaque names the parent, as before
        assertThat(mentioned("湘潭市中心医院醴陵分院揭牌。")).containsExactly("湘潭市中心医院");
    }

    @Test
    void anArmyHospitalKeepsItsWholePrefixAndALatinOAmongNumeralsIsZero() {
        assertThat(mentioned("成员单位包括：中国人民解放军联勤保障部队第九〇八医院。")).containsExactly("中国人民解放军联勤保障部队第九〇八医院");
        ExtractionResult r = read("2021年，株洲市中心医院牵头成立湘东创伤专科联盟，成员单位包括：醴陵市人民医院、" + "中国人民解放军联勤保障部队第九O八医院、湘潭市第一人民医院。");
        // the name is given back as written, with its Latin O
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("株洲市中心医院", "醴陵市人民医院"),
                        List.of("株洲市中心医院", "中国人民解放军联勤保障部队第九O八医院"),
                        List.of("株洲市中心医院", "湘潭市第一人民医院"));
        // a Latin O elsewhere stays as it is
        assertThat(TraditionalCharacters.withZerosAmongNumerals("OA系统与九O八")).isEqualTo("OA系统与九〇八");
    }

    // consortia

    @Test
    void anInstitutionTheDirectoryDoesNotKnowDoesNotEndTheListAroundIt() {
        ExtractionResult r = read("2022年3月，株洲市中心医院牵头组建湘东胸痛专科联盟，成员单位包括：醴陵市人民医院、株洲市肿瘤防治院、" + "华润湘潭林业有限公司职工医院、湘潭县人民医院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("株洲市中心医院", "醴陵市人民医院"), List.of("株洲市中心医院", "湘潭县人民医院"));
    }

    @Test
    void aGroupComposedOfItsMembersTakesItsLeadFromTheRoleWordsOrHasNone() {
        ExtractionResult r = read("2023年5月10日，株洲市荷塘区医疗集团由株洲市中心医院、荷塘区人民医院、荷塘区中医医院共同组成，" + "株洲市中心医院为牵头医院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("株洲市中心医院", "荷塘区人民医院"), List.of("株洲市中心医院", "荷塘区中医医院"));
        ExtractionResult alliance = read("2023年，湘东疼痛专科联盟由株洲市中心医院、湘潭市第一人民医院共同组成。");
        assertThat(memberships(alliance))
                .containsExactlyInAnyOrder(List.of("null", "株洲市中心医院"), List.of("null", "湘潭市第一人民医院"));
    }

    @Test
    void twoHospitalsOfOneTierFormingAConsortiumPairWhenTheSentenceNamesOneTheLead() {
        ExtractionResult r = read("2022年，攸县人民医院与攸县中医医院组建紧密型医联体，攸县人民医院为牵头医院。");
        assertThat(memberships(r)).containsExactly(List.of("攸县人民医院", "攸县中医医院"));
        // no lead named: two of one tier are still no pair
        assertThat(memberships(read("2022年，攸县人民医院与攸县中医医院组建紧密型医联体。"))).isEmpty();
    }

    @Test
    void membersListedUnderAHeadingNamedAfterTheLeadWithTownshipCentresCountedByPlace() {
        ExtractionResult r = read("攸县人民医院医联体成员单位\n\n攸县人民医院，攸县中医医院，以及皇图岭镇、黄丰桥镇和网岭镇3所卫生院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("攸县人民医院", "攸县中医医院"),
                        List.of("攸县人民医院", "皇图岭镇"),
                        List.of("攸县人民医院", "黄丰桥镇"),
                        List.of("攸县人民医院", "网岭镇"));
        // the same list on the heading's line: the lead opens its own list
        ExtractionResult oneLine = read("攸县人民医院医联体成员单位：攸县人民医院，攸县中医医院。");
        assertThat(memberships(oneLine)).containsExactly(List.of("攸县人民医院", "攸县中医医院"));
    }

    @Test
    void seatsOnAnAlliancesCouncilAreMemberships() {
        ExtractionResult r =
                read("10月15日，滨州医学院附属医院牵头成立了黄河三角洲检验医学专科联盟。" + "淄博市中心医院、东营市人民医院等30家三甲医院为副理事长单位。淄博市周村区人民医院等66家医院为常务理事单位。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("滨州医学院附属医院", "淄博市中心医院"),
                        List.of("滨州医学院附属医院", "东营市人民医院"),
                        List.of("滨州医学院附属医院", "淄博市周村区人民医院"));
        ExtractionResult elected = read("经湘东胸痛专科联盟理事会表决，攸县人民医院当选第二届理事会常务理事单位。");
        assertThat(elected.consortia())
                .extracting(ConsortiumFact::name, ConsortiumFact::lead)
                .containsExactly(tuple("湘东胸痛专科联盟", null));
        assertThat(memberships(elected)).containsExactly(List.of("null", "攸县人民医院"));
    }

    @Test
    void headsWhoSignOnTheAgreementForTheirHospitalsMakeThePair() {
        ExtractionResult r =
                read("7月14日上午，随着枝江市人民医院院长曹一山和枝江市顾家店镇卫生院院长毛士红分别代表各自单位" + "在成立医疗联合体协作医院合约上郑重签名，枝江市首家医疗联合体协作医院宣告成立。");
        assertThat(memberships(r)).containsExactly(List.of("枝江市人民医院", "枝江市顾家店镇卫生院"));
    }

    @Test
    void aCooperationSigningCeremonyOfTwoHospitalsIsAConsortium() {
        ExtractionResult r = read("12月23日，长兴第二医院与浙江省肿瘤医院举行协作签约仪式。");
        assertThat(memberships(r)).containsExactly(List.of("浙江省肿瘤医院", "长兴第二医院"));
    }

    @Test
    void aHospitalMergedWholeIntoAGroupIsItsMember() {
        ExtractionResult r = read("2021年，攸县中医医院整体并入株洲市中心医院医疗集团。");
        assertThat(memberships(r)).containsExactly(List.of("株洲市中心医院", "攸县中医医院"));
    }

    @Test
    void aTakeOverDecidedForTheFutureIsATakeOver() {
        ExtractionResult r = read("2022年5月，株洲市中心医院将整体托管攸县人民医院。");
        assertThat(memberships(r)).containsExactly(List.of("株洲市中心医院", "攸县人民医院"));
    }

    @Test
    void theBareWordHospitalOpeningASentenceWithAPartnerIsThePagesHospital() {
        ExtractionResult r = read("株洲市中心医院\n2023年3月10日，医院与攸县人民医院建立紧密型医联体。");
        assertThat(memberships(r)).containsExactly(List.of("株洲市中心医院", "攸县人民医院"));
        // inside a clause, 医院 is no subject
        assertThat(memberships(read("株洲市中心医院\n2023年3月10日，县里的医院与攸县人民医院建立紧密型医联体。")))
                .doesNotContain(List.of("株洲市中心医院", "攸县人民医院"));
    }

    @Test
    void aPlaqueAHospitalGivesNamingTheOtherItsCooperationHospitalMakesThePair() {
        ExtractionResult r = read("会上，北京航天中心医院为富源县中医医院颁发了“航天中心医院远程医疗协作医院”牌匾。");
        assertThat(memberships(r)).containsExactly(List.of("北京航天中心医院", "富源县中医医院"));
        // a plaque naming no consortium and no member's role: no pair
        assertThat(memberships(read("会上，北京航天中心医院为富源县中医医院颁发了“优秀组织奖”牌匾。"))).isEmpty();
    }

    @Test
    void hospitalsIntegratedIntoAGroupAreLedByTheOneTheSentenceNamesAgain() {
        ExtractionResult r =
                read("经市委、市政府批准，我市整合株洲市中心医院、株洲市妇幼保健院、株洲市第三医院等医疗资源，组建株洲市医疗集团，" + "与株洲市中心医院实行“一套工作机构、两个单位名称”。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("株洲市中心医院", "株洲市妇幼保健院"), List.of("株洲市中心医院", "株洲市第三医院"));
        // no lead named: none guessed
        assertThat(memberships(read("我市整合株洲市中心医院、株洲市妇幼保健院、株洲市第三医院等医疗资源，组建株洲市医疗集团。")))
                .isEmpty();
    }

    // pilots

    @Test
    void aListAfterACountOfDesignatedHospitalsIsReadAndACitedPlansTitleNeitherPlansNorDatesIt() {
        ExtractionResult r = read("湖南日报2022年3月5日讯\n根据《湖南省公立医院高质量发展行动计划(2021—2025年)》，全省确定了3家"
                + "公立医院高质量发展试点医院，分别是：株洲市中心医院、湘潭市中心医院、衡阳市中心医院。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::year, PilotFact::level)
                .containsExactly(
                        tuple("株洲市中心医院", 2022, "provincial"),
                        tuple("湘潭市中心医院", 2022, "provincial"),
                        tuple("衡阳市中心医院", 2022, "provincial"));
        // a plan stated outside a title still is one
        assertThat(read("全省计划确定3家公立医院高质量发展试点医院，分别是：株洲市中心医院、湘潭市中心医院、衡阳市中心医院。").pilots())
                .isEmpty();
    }

    @Test
    void everyHospitalOfAListACopulaDesignatesIsAPilot() {
        ExtractionResult r = read("2023年，株洲市中心医院、醴陵市人民医院等5家医院将成为全省公立医院高质量发展试点医院。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::year)
                .containsExactly(tuple("株洲市中心医院", 2023), tuple("醴陵市人民医院", 2023));
        assertThat(read("2023年，株洲市中心医院和醴陵市人民医院是全省公立医院高质量发展试点医院。").pilots())
                .extracting(PilotFact::hospital)
                .containsExactly("株洲市中心医院", "醴陵市人民医院");
    }

    // indicators

    @Test
    void aTableFlattenedOneCellALineGivesEachFigureTheLabelAboveIt() {
        ExtractionResult r = read("株洲市中心医院2022年主要业务指标\n\n门急诊人次\n\n125.6万\n\n出院人次\n\n5.2万\n\n平均住院日（天）\n\n7.8\n");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, f -> f.value().doubleValue(), IndicatorFact::year)
                .containsExactly(
                        tuple("outpatient_emergency_visits", 1256000.0, 2022),
                        tuple("discharges", 52000.0, 2022),
                        tuple("avg_length_of_stay", 7.8, 2022));
        // a figure on the label's own line after other words, or under a sentence, is not a cell
        assertThat(read("株洲市中心医院2022年工作回顾\n\n医院门急诊人次创新高，同比增长明显。\n\n125.6万\n").indicators())
                .isEmpty();
    }

    @Test
    void aCountThatSignsWithTheHospitalAfterYuIsItsPartners() {
        assertThat(read("2022年，12家基层医疗机构与株洲市中心医院签署医联体协议。").indicators())
                .extracting(
                        IndicatorFact::hospital,
                        IndicatorFact::code,
                        f -> f.value().intValue())
                .containsExactly(tuple("株洲市中心医院", "consortium_partner_hospitals", 12));
    }

    @Test
    void anAlliancesHospitalsCountedAreItsPartnersNotItsAlliances() {
        assertThat(read("2021年，滨州医学院附属医院牵头成立检验医学专科联盟，检验医学专科联盟医院共96家。").indicators())
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .containsExactly(tuple("consortium_partner_hospitals", 96));
    }

    @Test
    void patientsAndExpertsCountedBeforeTheirNoun() {
        assertThat(read("2022年，株洲市中心医院为12万门急诊患者和3万住院患者提供医疗服务，为8000名手术患者解除了病痛。").indicators())
                .extracting(IndicatorFact::code, f -> f.value().intValue(), IndicatorFact::year)
                .containsExactlyInAnyOrder(
                        tuple("outpatient_emergency_visits", 120000, 2022), tuple("inpatient_surgeries", 8000, 2022));
        assertThat(read("2022年，株洲市中心医院派驻15名专家到攸县人民医院。").indicators())
                .extracting(
                        IndicatorFact::hospital,
                        IndicatorFact::code,
                        f -> f.value().intValue())
                .containsExactly(tuple("株洲市中心医院", "experts_dispatched", 15));
        // patients a figure does not follow a service to are no count of visits
        assertThat(read("2022年，株洲市中心医院有12万门诊患者的数据。").indicators()).isEmpty();
    }
}
