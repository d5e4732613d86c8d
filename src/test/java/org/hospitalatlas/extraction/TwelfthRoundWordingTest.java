package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.mentioned;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families of wording the twelfth round fixed (from the eighteenth fresh set's development half, the development
 * set's misses and the held-out set's failure families), each pinned on a sentence written for the test. How well
 * they work is measured on real texts only (eval/).
 */
class TwelfthRoundWordingTest {

    // hospital names

    @Test
    void aHospitalKnownByItsShortNameNamesItsBranchInAnotherRegionAfterItself() {
        assertThat(mentioned("瑞金医院海南医院与琼海市人民医院签约。")).containsExactly("瑞金医院海南医院", "琼海市人民医院");
        ExtractionResult r = read("康复专科联盟由瑞金医院海南医院与海南医学院第一附属医院共同牵头成立。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("null", "瑞金医院海南医院"), List.of("null", "海南医学院第一附属医院"));
    }

    @Test
    void aBarePlaceAfterAGenericWordMakesNoBranch() {
        // 人民医院 is no hospital's short name: no branch is named after it
        assertThat(mentioned("该院与人民医院安徽医院签约。")).doesNotContain("人民医院安徽医院");
    }

    @Test
    void aNameWrittenWithoutItsPlacesSuffixIsTheOneTheDocumentWritesWithIt() {
        ExtractionResult r = read("会同人民医院\n会同县人民医院始建于1950年，编制床位680张。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("会同县人民医院");
        // no full name with the suffix: the name stays as written
        assertThat(mentioned("会同人民医院始建于1950年。")).containsExactly("会同人民医院");
    }

    @Test
    void pinyinWithASpaceBeforeItsBracketIsTakenOut() {
        ExtractionResult r = read("會(huì )同縣人民醫(yī)院始建于1950年，編制床位680張。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("会同县人民医院");
        assertThat(r.indicators()).extracting(IndicatorFact::code).containsExactly("beds_authorized");
    }

    @Test
    void aPlaceWhoseNameStartsWithAStopCharacterIsReadWholeWhenItsSuffixFollows() {
        // 从 is also "from", but 从江县 is a county
        assertThat(mentioned("成员单位包括从江县中医医院。")).containsExactly("从江县中医医院");
    }

    @Test
    void aUniversitysOwnNewsWritesItsHospitalAfterWoXiaoAndTheShortFormStandsForTheFullName() {
        ExtractionResult r = read("我校附属曙光医院宝山分院签约揭牌仪式举行。上海中医药大学附属曙光医院宝山分院揭牌，" + "宝山区中西医结合医院正式成为曙光医院宝山分院。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).contains("上海中医药大学附属曙光医院");
        assertThat(memberships(r)).containsExactly(List.of("上海中医药大学附属曙光医院", "宝山区中西医结合医院"));
    }

    // who publishes the page

    @Test
    void theHospitalWoYuanSignsWithIsNeverThePagesOwn() {
        ExtractionResult r = read("2017年6月30日，我院与舟曲县人民医院签订了《医联体协议》，舟曲县人民医院院长、兰大一院副院长参加了签约仪式。"
                + "2017年7月1日，我院与迭部县人民医院签订了《医联体协议》，兰大一院院长出席。");
        assertThat(memberships(r)).containsExactlyInAnyOrder(List.of("兰大一院", "舟曲县人民医院"), List.of("兰大一院", "迭部县人民医院"));
    }

    // consortia

    @Test
    void theGroupsOwnWordOpensTheListOfItsMembersInTheNextSentence() {
        String lead = "黔东南州人民医院牵头组建覆盖全州的医疗集团。";
        assertThat(memberships(read(lead + "该集团包括从江县中医医院、榕江县人民医院。")))
                .containsExactlyInAnyOrder(List.of("黔东南州人民医院", "从江县中医医院"), List.of("黔东南州人民医院", "榕江县人民医院"));
        assertThat(memberships(read(lead + "该集团共包含12家医院，除黔东南州人民医院外，有从江县中医医院、榕江县人民医院2家二级医院。")))
                .containsExactlyInAnyOrder(List.of("黔东南州人民医院", "从江县中医医院"), List.of("黔东南州人民医院", "榕江县人民医院"));
    }

    @Test
    void aConsortiumWordBeforeAClauseIsNoListOfMembers() {
        // 医联体包括 opens a clause about who formed which consortium, not a list
        ExtractionResult r = read("全市的医联体包括黔东南州人民医院与从江县中医医院、榕江县人民医院结成城市医联体。");
        assertThat(memberships(r)).allSatisfy(m -> assertThat(m.get(0)).isEqualTo("黔东南州人民医院"));
    }

    @Test
    void foundingMembersCountedBeforeTheirListAreMembersOfAnAllianceNoHospitalLeads() {
        ExtractionResult r = read("贵州省胸痛中心联盟成立，发起成员单位共4家，包括：贵州医科大学、贵州省人民医院、遵义市第一人民医院。");
        assertThat(memberships(r)).containsExactlyInAnyOrder(List.of("null", "贵州省人民医院"), List.of("null", "遵义市第一人民医院"));
    }

    @Test
    void membersGivenPlaquesInTheNextSentenceBelongToTheOneAllianceTheDocumentNames() {
        ExtractionResult r = read("贵州省康复专科联盟成立。联盟主席为贵州省人民医院、遵义市第一人民医院等12家成员单位授牌。");
        assertThat(memberships(r)).containsExactlyInAnyOrder(List.of("null", "贵州省人民医院"), List.of("null", "遵义市第一人民医院"));
        assertThat(r.consortia()).extracting(ConsortiumFact::name).containsExactly("贵州省康复专科联盟");
        // a group always has a hospital to lead it: its members wait for one
        assertThat(memberships(read("贵州省医疗集团成立。贵州省人民医院、遵义市第一人民医院等12家成员单位参加。"))).isEmpty();
    }

    @Test
    void aHospitalThatBecomesAnAlliancesMemberUnitBelongsToItWithoutALead() {
        assertThat(memberships(read("遵义市第一人民医院正式成为“贵州省胸痛中心联盟会员单位”。"))).containsExactly(List.of("null", "遵义市第一人民医院"));
        assertThat(memberships(read("遵义市第一人民医院心内科被授予贵州省胸痛中心联盟会员单位。"))).containsExactly(List.of("null", "遵义市第一人民医院"));
        // a plaque given to another hospital is not the giver's membership
        assertThat(memberships(read("贵州省人民医院向遵义市第一人民医院授予了“贵州省胸痛中心联盟成员单位”牌匾。")))
                .doesNotContain(List.of("null", "贵州省人民医院"));
    }

    @Test
    void aHospitalThatIsToTakeAnotherOverLeadsIt() {
        assertThat(memberships(read("贵州省人民医院将对遵义市第三人民医院进行整体托管。"))).containsExactly(List.of("贵州省人民医院", "遵义市第三人民医院"));
    }

    @Test
    void aPlaqueGivenToTwoHospitalsForTheirConsortiumPairsThem() {
        assertThat(memberships(read("贵州省人民医院与息烽县人民医院“紧密型医联体”授牌仪式举行。"))).containsExactly(List.of("贵州省人民医院", "息烽县人民医院"));
    }

    @Test
    void unitsCountedAsJoiningOpenTheListOfMembers() {
        ExtractionResult r = read("泉州市儿童医院牵头组建新生儿专科联盟，有26家联盟单位加入，分别包含：晋江市医院、南安市医院。");
        assertThat(memberships(r)).containsExactlyInAnyOrder(List.of("泉州市儿童医院", "晋江市医院"), List.of("泉州市儿童医院", "南安市医院"));
    }

    @Test
    void aHospitalToBeBuiltCanBeTakenOverBeforeItOpens() {
        assertThat(memberships(read("贵州省人民医院将对即将建成的贵阳市第五人民医院进行整体托管。")))
                .containsExactly(List.of("贵州省人民医院", "贵阳市第五人民医院"));
    }

    @Test
    void aCountysHospitalWrittenWithItsProvinceRanksAsTheCountys() {
        assertThat(BilateralSigning.tier("山西省寿阳县人民医院")).isEqualTo(BilateralSigning.tier("寿阳县人民医院"));
        assertThat(BilateralSigning.tier("山西省人民医院")).isGreaterThan(BilateralSigning.tier("山西省寿阳县人民医院"));
        ExtractionResult r = read("晋中市第一人民医院与山西省寿阳县人民医院签订紧密型医联体协议。");
        assertThat(memberships(r)).containsExactly(List.of("晋中市第一人民医院", "山西省寿阳县人民医院"));
    }

    @Test
    void thePartnerOfALeadTheSentenceNamesIsItsMemberWhateverTheirTiers() {
        assertThat(memberships(read("息烽县人民医院牵头，与息烽县中医医院组建医联体。"))).containsExactly(List.of("息烽县人民医院", "息烽县中医医院"));
    }

    // pilots

    @Test
    void modelHospitalsNamedAfterTheirCountAndQiZhongAreDesignatedLikePilots() {
        ExtractionResult r = read("通过医院申报、专家评审，省卫生健康委确定40家医院为我省公立医院高质量发展示范性医院建设单位和培育单位，" + "其中，遵义市第一人民医院、息烽县人民医院入围。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::category)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("遵义市第一人民医院", "high_quality_demo"),
                        org.assertj.core.groups.Tuple.tuple("息烽县人民医院", "high_quality_demo"));
    }

    @Test
    void theHostOfARegionalCentreBuiltTogetherIsItsMember() {
        ExtractionResult r = read("贵州省人民医院与毕节市及依托医院——毕节市第一人民医院合作，加快推动省级区域医疗中心项目建设。");
        assertThat(memberships(r)).containsExactly(List.of("贵州省人民医院", "毕节市第一人民医院"));
    }

    @Test
    void theHospitalWhoseDelegationAnOfficialLeadsSignsInTheLaterClause() {
        ExtractionResult r = read("11月6日，市卫生健康局局长张三率贵州省人民医院一行来息烽，与息烽县人民医院签署“心血管专科联盟协议”。");
        assertThat(memberships(r)).containsExactly(List.of("贵州省人民医院", "息烽县人民医院"));
    }

    @Test
    void theUnitsThatFormAConsortiumWithAHospitalAreItsMembers() {
        ExtractionResult r = read("此次与息烽县人民医院建立医联体的首批机构包括，永靖镇卫生院、小寨坝镇卫生院和九庄镇卫生院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("息烽县人民医院", "永靖镇卫生院"), List.of("息烽县人民医院", "小寨坝镇卫生院"), List.of("息烽县人民医院", "九庄镇卫生院"));
    }

    @Test
    void theCoreOfAGroupLeadsThePartnersItFormsTheGroupWith() {
        ExtractionResult r = read("贵州医疗集团以贵州省人民医院为核心，与息烽县人民医院、修文县人民医院和开阳县人民医院形成紧密型医疗集团。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("贵州省人民医院", "息烽县人民医院"), List.of("贵州省人民医院", "修文县人民医院"), List.of("贵州省人民医院", "开阳县人民医院"));
    }

    @Test
    void aDashedPairNamesTheAllianceItUnveilsAndTheLargerLeads() {
        assertThat(memberships(read("贵州省人民医院—息烽县人民医院儿科专科联盟签约仪式举行。"))).containsExactly(List.of("贵州省人民医院", "息烽县人民医院"));
        // two of one tier: which brings the other in is not said
        assertThat(memberships(read("息烽县第二人民医院—息烽县第四人民医院医联体签约仪式举行。"))).isEmpty();
    }

    @Test
    void aGovernmentBetweenTheTwoHospitalsOfASigningIsAPartyBesideThem() {
        ExtractionResult r = read("贵州省人民医院、息烽县人民政府、息烽县人民医院紧密型医联体签约暨挂牌仪式举行。");
        assertThat(memberships(r)).containsExactly(List.of("贵州省人民医院", "息烽县人民医院"));
    }

    @Test
    void aDesignationRestatedWithItsBatchOrAsThePlacesFirstIsOnePilot() {
        ExtractionResult r = read("省医改办确定息烽县人民医院为公立医院高质量发展省级试点医院。最终确定了13家医院作为第三批公立医院高质量发展省级试点医院。"
                + "息烽县人民医院是其中入选的两家二级医院之一，是贵阳市二级公立医院首家高质量发展试点医院。");
        assertThat(r.pilots()).hasSize(1);
    }

    @Test
    void twoCoresOfTwoGroupsNamedInTheSameOrderLeadOneEach() {
        ExtractionResult r = read("2009年11月，镇江以镇江市第一人民医院和江苏大学附属医院为依托(核心医院)，组建了江苏康复医疗集团和江苏江滨医疗集团。");
        assertThat(r.consortia())
                .extracting(ConsortiumFact::name, ConsortiumFact::lead)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("江苏康复医疗集团", "镇江市第一人民医院"),
                        org.assertj.core.groups.Tuple.tuple("江苏江滨医疗集团", "江苏大学附属医院"));
    }

    // indicators

    @Test
    void membersCountedWhenGivenPlaquesOrReachedAreTheLeadsPartners() {
        assertThat(read("会上，为贵州省人民医院胸痛专科联盟首批28家成员单位进行了授牌。").indicators())
                .extracting(
                        IndicatorFact::hospital,
                        IndicatorFact::code,
                        f -> f.value().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("贵州省人民医院", "consortium_partner_hospitals", 28));
        assertThat(read("贵州省人民医院牵头组建胸痛专科联盟，辐射42家医疗单位。").indicators())
                .extracting(
                        IndicatorFact::hospital,
                        IndicatorFact::code,
                        f -> f.value().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("贵州省人民医院", "consortium_partner_hospitals", 42));
    }

    @Test
    void aCampusUnderConstructionThatAFigureIncludesMakesNoTarget() {
        assertThat(read("贵州省人民医院(含在建的东院区)现有开放床位2000张。").indicators())
                .extracting(IndicatorFact::code, IndicatorFact::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("beds_open", false));
        // the campus being built is the subject: its figures are plans
        assertThat(read("贵州省人民医院在建的东院区开放床位2000张。").indicators())
                .extracting(IndicatorFact::target)
                .containsOnly(true);
    }

    @Test
    void aReformsModelHospitalWrittenWithXingIsADesignationButItsBuildingIsNot() {
        assertThat(read("2019年息烽县人民医院被省卫健委评定为省级公立医院综合改革示范性医院。").pilots())
                .extracting(PilotFact::hospital, PilotFact::category, PilotFact::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("息烽县人民医院", "comprehensive_reform", 2019));
        assertThat(read("为推进省级公立医院综合改革示范性医院建设，息烽县人民医院开展了工作。").pilots()).isEmpty();
        // a study of such hospitals is no designation either
        assertThat(read("2020年息烽县人民医院参与省公立医院综合改革示范性医院评价体系研究课题组。").pilots()).isEmpty();
    }

    @Test
    void aNewCampusAlreadyInUseHasFiguresNotPlans() {
        assertThat(read("贵州省人民医院新院区已于2020年正式启用，新院区占地面积12万平方米，开放床位2000张。").indicators())
                .extracting(IndicatorFact::target)
                .containsOnly(false);
    }

    @Test
    void aHospitalsCentreGrantedAnAlliancesMemberUnitStandsForTheHospital() {
        assertThat(memberships(read("贵州省人民医院胸痛中心被授予贵州省胸痛中心联盟会员单位。"))).containsExactly(List.of("null", "贵州省人民医院"));
    }
}
