package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.mentioned;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families of wording that real published reports use (issue "Read real reports"), each pinned on a sentence written
 * for the test. How well they work is measured on real texts only (eval/).
 */
class RealWordingRulesTest {

    private final DocumentExtractor extractor = WordingFixtures.EXTRACTOR;

    // consortia: role words around lists of names

    @Test
    void leadNamedAsGeneralHospitalAndMembersAsMemberUnits() {
        ExtractionResult r = read("平江县组建由平江县人民医院为总医院，县中医医院、县妇幼保健院和各乡镇卫生院为成员单位的医共体。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("平江县人民医院", "平江县中医医院"), List.of("平江县人民医院", "平江县妇幼保健院"));
        assertThat(r.consortia()).extracting(ConsortiumFact::type).contains("county_medical_community");
    }

    @Test
    void membersListedAfterMemberUnitsIncludeAndARenamedPlaceStillMakesTheName() {
        ExtractionResult r = read("宜州市人民医院牵头成立医疗集团，成员单位包括宜州市中医医院、宜州市妇幼保健院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("宜州市人民医院", "宜州市中医医院"), List.of("宜州市人民医院", "宜州市妇幼保健院"));
    }

    @Test
    void hospitalsThatJoinAnAllianceLedByTheHospitalAfterJiaRu() {
        ExtractionResult r = read("会上，宁乡市人民医院加入长沙市第一医院“湘江呼吸专科联盟”。");
        assertThat(memberships(r)).containsExactly(List.of("长沙市第一医院", "宁乡市人民医院"));
    }

    @Test
    void membersWhoSignWithTheLead() {
        ExtractionResult r = read("当天，东湖社区和西湖社区卫生服务中心与岳阳市中心医院签订了加入医疗集团的协议。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("岳阳市中心医院", "东湖社区"), List.of("岳阳市中心医院", "西湖社区卫生服务中心"));
    }

    @Test
    void branchPlaquesInOneSentenceLeadInTheNext() {
        ExtractionResult r = read("县人民医院负责人先后到石门乡卫生院、白沙镇卫生院，举行了医共体分院揭牌仪式。" + "龙山县组建由县人民医院为总医院的医共体。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("龙山县人民医院", "石门乡卫生院"), List.of("龙山县人民医院", "白沙镇卫生院"));
    }

    @Test
    void severalLeadsMakeTheirConsortiumLeaderless() {
        ExtractionResult r = read("全县组建县域医共体，县人民医院、县中医院为牵头医院。主办：奉节县人民政府");
        assertThat(r.consortia()).anySatisfy(c -> {
            assertThat(c.lead()).isNull();
            assertThat(c.members()).extracting(ConsortiumFact.Member::hospital).contains("奉节县人民医院", "奉节县中医院");
        });
    }

    @Test
    void coFoundersWithACountAndADateBeforeQianTou() {
        ExtractionResult r = read("“赣南胸痛专科联盟”由赣州市人民医院、赣州市立医院两家医院于2020年共同牵头发起。");
        assertThat(r.consortia()).anySatisfy(c -> {
            assertThat(c.lead()).isNull();
            assertThat(c.members()).extracting(ConsortiumFact.Member::hospital).contains("赣州市人民医院", "赣州市立医院");
        });
    }

    @Test
    void theSubjectIsAMemberOfTheConsortiaItIsDescribedAs() {
        ExtractionResult r = read("宿州市立医院是国家胸痛中心、安徽省立医院医联体成员单位、安徽省心血管专科联盟理事单位。");
        assertThat(memberships(r)).containsExactlyInAnyOrder(List.of("安徽省立医院", "宿州市立医院"), List.of("null", "宿州市立医院"));
    }

    @Test
    void plannedConsortiaAreNotRead() {
        ExtractionResult r = read("鼓励县人民医院牵头，县中医院、县妇幼保健院为成员单位组建医共体。");
        assertThat(memberships(r)).isEmpty();
    }

    @Test
    void consortiumNamesAndTownshipCentresAreNotHospitalsOfTheText() {
        ExtractionResult r = read("衡阳市中心医院医疗集团成立，衡阳市中心医院为牵头医院，城北社区卫生服务中心为成员单位。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("衡阳市中心医院");
        assertThat(memberships(r)).containsExactly(List.of("衡阳市中心医院", "城北社区卫生服务中心"));
    }

    // pilots: lists of designated hospitals

    @Test
    void hospitalsListedAfterIncludeInAPilotSentence() {
        ExtractionResult r = read("2016年，全省首批县级公立医院综合改革试点医院包括枝江市人民医院、当阳市人民医院。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::year, PilotFact::category)
                .containsExactlyInAnyOrder(
                        tuple("枝江市人民医院", 2016, "comprehensive_reform"), tuple("当阳市人民医院", 2016, "comprehensive_reform"));
    }

    @Test
    void hospitalsWhereTheProgrammeIsTriedTakeItFromTheSentenceBefore() {
        ExtractionResult r = read("2017年，安康市DRG付费改革正式启动。改革覆盖全部参保病人，并在安康市中心医院、安康市中医医院试点，计划明年推开。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::category)
                .containsExactlyInAnyOrder(tuple("安康市中心医院", "drg_dip_payment"), tuple("安康市中医医院", "drg_dip_payment"));
    }

    @Test
    void rowsOfAListUnderAPilotHeading() {
        ExtractionResult r = read("附件：现代医院管理制度试点医院名单\n序号 | 医院名称\n1 | 南平市第一医院\n2 | 三明市第一医院\n特此通知。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::category)
                .containsExactlyInAnyOrder(
                        tuple("南平市第一医院", "modern_hospital_management"), tuple("三明市第一医院", "modern_hospital_management"));
    }

    @Test
    void aPilotYearFallsBackToThePublicationDate() {
        ExtractionResult r = extractor.extract(
                "薪酬制度改革试点医院名单：绵竹市人民医院、什邡市人民医院", new DocumentMetadata(null, null, LocalDate.of(2021, 3, 1)));
        assertThat(r.pilots()).extracting(PilotFact::year).containsOnly(2021);
    }

    @Test
    void aPlannedPilotIsNotRead() {
        assertThat(read("下一步，计划在江油市人民医院、三台县人民医院开展DRG付费试点。").pilots()).isEmpty();
    }

    // names

    @Test
    void traditionalCharactersAreReadAndGivenBackAsWritten() {
        String text = "貴州省人民醫院2022年開放床位2800張。";
        ExtractionResult r = read(text);
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("貴州省人民醫院");
        assertThat(r.indicators()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("beds_open");
            assertThat(f.hospital()).isEqualTo("貴州省人民醫院");
            assertThat(text).contains(f.evidence().quote());
        });
    }

    @Test
    void universityShortFormsAreKeptAsWritten() {
        ExtractionResult r = read("8月16日，兰大二院与省内外206家医疗机构签订协议，启动专科联盟建设。兰大二院2016年开放床位3000张。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).contains("兰大二院");
    }

    @Test
    void aLaterPlaceStartsTheNameWhenTheFirstOneReadsAsAPhrase() {
        ExtractionResult r = read("今年9月，云梦县先后挂牌成立云梦县总医院，云梦县总医院开放床位900张。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("云梦县总医院");
    }

    @Test
    void shortFormsTakeThePlaceThePublisherLineNames() {
        ExtractionResult r = read("县人民医院2023年门急诊人次50万。\n主办：奉节县人民政府");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("奉节县人民医院");
    }

    @Test
    void aNameInAListOfNamesNeedsNoPlace() {
        ExtractionResult r = read("淮海麻醉专科联盟以徐州市中心医院、淮北矿工总医院、宿州市立医院等3家单位为成员单位。");
        assertThat(memberships(r)).extracting(m -> m.get(1)).contains("淮北矿工总医院");
    }

    @Test
    void twoJoinedNamesAreNotOneBranchName() {
        ExtractionResult r = read("曲靖市第一人民医院为牵头医院，市中医院加入医共体。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).doesNotContain("曲靖市第一人民医院为牵头医院，市中医院");
        assertThat(memberships(r)).containsExactly(List.of("曲靖市第一人民医院", "曲靖市中医院"));
    }

    // indicators

    @Test
    void anIndicatorNamedRightAfterItsFigure() {
        ExtractionResult r = read("固原市人民医院拥有12个省级临床重点专科，近1300名职工。");
        assertThat(r.indicators())
                .extracting(f -> f.code(), f -> f.value().intValue())
                .containsExactlyInAnyOrder(tuple("provincial_key_specialties", 12), tuple("staff_total", 1300));
    }

    @Test
    void aCostPerHundredIsNotRevenue() {
        ExtractionResult r = read("固原市人民医院百元医疗收入消耗的卫生材料降至18元。");
        assertThat(r.indicators()).extracting(IndicatorFact::code).doesNotContain("revenue");
    }

    @Test
    void aCountOfTwoDegreesTogetherIsNotDoctoralStaff() {
        ExtractionResult r = read("固原市人民医院有博士、硕士研究生332人，中高级职称1423人。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code)
                .doesNotContain("doctoral_staff", "senior_title_staff");
    }

    @Test
    void theFoundingYearDoesNotFrameTheFigures() {
        ExtractionResult r = read("固原市人民医院成立于1941年，编制病床1000张，实际开放床位884张。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, IndicatorFact::year)
                .containsExactlyInAnyOrder(tuple("beds_authorized", null), tuple("beds_open", null));
    }

    @Test
    void plannedBedsAreNotOpenBeds() {
        ExtractionResult r = read("固原市人民医院新院区规划床位数为800张，开放床位可扩展至1200张。");
        assertThat(r.indicators()).allSatisfy(f -> assertThat(f.target()).isTrue());
    }

    // consortia of two hospitals: the larger one leads

    @Test
    void twoHospitalsSigningAConsortiumAgreementTheLargerLeads() {
        ExtractionResult r = read("当天，白城市中心医院与吉林大学第一医院(简称吉大一院)正式签署合作办医协议。");
        assertThat(memberships(r)).containsExactly(List.of("吉林大学第一医院", "白城市中心医院"));
    }

    @Test
    void aCountyHospitalAndATownshipCentreFormingACommunity() {
        ExtractionResult r = read("郏县人民医院与堂街镇卫生院结为医共体后，群众看病更方便。");
        assertThat(memberships(r)).containsExactly(List.of("郏县人民医院", "堂街镇卫生院"));
    }

    @Test
    void twoHospitalsOfTheSameTierGetNoLead() {
        ExtractionResult r = read("开封市中心医院与洛阳市中心医院签署医联体协议。");
        assertThat(memberships(r)).isEmpty();
    }

    @Test
    void tiersComeFromTheName() {
        assertThat(BilateralSigning.tier("吉林大学第二医院")).isEqualTo(4);
        assertThat(BilateralSigning.tier("河南省人民医院")).isEqualTo(3);
        assertThat(BilateralSigning.tier("洛阳市中心医院")).isEqualTo(2);
        assertThat(BilateralSigning.tier("襄城县人民医院")).isEqualTo(1);
        assertThat(BilateralSigning.tier("范湖乡卫生院")).isEqualTo(0);
    }

    // pilots: lists announced in one sentence and given in the next, rows under a heading line

    @Test
    void aCountedDesignationFollowedByTheListOfNames() {
        ExtractionResult r = read("市医保局决定将达州市中心医院等3家医疗机构纳入DRG付费改革试点单位。\n3家医疗机构\n" + "达州市中心医院、达州市中医院、达州市第二人民医院。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital)
                .containsExactlyInAnyOrder("达州市中心医院", "达州市中医院", "达州市第二人民医院");
    }

    @Test
    void rowsUnderAHeadingLineUntilTheNextHeading() {
        ExtractionResult r = read("国家区域医疗中心第一批试点\n\n北京大学第三医院延安医院(依托延安市人民医院):骨科\n\n"
                + "国家区域医疗中心第二批试点\n\n首都医科大学附属北京天坛医院安徽医院(依托安徽省立医院):神经\n");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::name)
                .containsExactlyInAnyOrder(
                        tuple("北京大学第三医院延安医院", "国家区域医疗中心第一批试点"), tuple("首都医科大学附属北京天坛医院安徽医院", "国家区域医疗中心第二批试点"));
    }

    @Test
    void hospitalsWhereAProgrammeIsCarriedOut() {
        ExtractionResult r = read("2019年，省卫健委在遂宁市中心医院、遂宁市中医院2家医院开展了临床路径管理试点工作。");
        assertThat(r.pilots()).extracting(PilotFact::hospital).containsExactlyInAnyOrder("遂宁市中心医院", "遂宁市中医院");
    }

    @Test
    void aNoticeSignedAboveItsAttachmentIsDatedBySignOff() {
        assertThat(PublicationDateDetector.detect(
                        "关于开展试点的通知\n各有关单位：\n正文。\n上海市医疗保障局\n2023年1月12日\n" + "附件：试点机构名单\n1 | 复旦大学附属中山医院\n"))
                .contains(LocalDate.of(2023, 1, 12));
    }

    @Test
    void aShortFormWithTheProvinceTakesTheProvinceTheTextNames() {
        ExtractionResult r = read("吉林省卫生厅确定省肿瘤医院等10家医院为临床路径管理试点医院。");
        assertThat(r.pilots()).extracting(PilotFact::hospital).contains("吉林省肿瘤医院");
    }

    @Test
    void townshipsSharingOneSuffixAtTheEndOfTheList() {
        ExtractionResult r = read("医共体由西平县人民医院牵头，成员单位有出山镇、盆尧镇和权寨镇卫生院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("西平县人民医院", "出山镇"), List.of("西平县人民医院", "盆尧镇"), List.of("西平县人民医院", "权寨镇卫生院"));
    }

    @Test
    void coFoundersWhoLaunchAnAllianceTogether() {
        ExtractionResult r = read("“豫南卒中专科联盟”由驻马店市中心医院、信阳市中心医院共同发起。");
        assertThat(r.consortia()).anySatisfy(c -> {
            assertThat(c.lead()).isNull();
            assertThat(c.members()).extracting(ConsortiumFact.Member::hospital).contains("驻马店市中心医院", "信阳市中心医院");
        });
    }

    @Test
    void aLabelAndItsValueJoinedByAColon() {
        ExtractionResult r = read("2017年1月-12月江华县中心医院业务总收入:22954万元\n2017年1月-12月医院药占比:28%");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, f -> f.value().doubleValue())
                .containsExactlyInAnyOrder(tuple("revenue", 229540000.0), tuple("drug_cost_share", 28.0));
    }

    @Test
    void yearlyAveragesAndAbsoluteChangesAreNotAYearsLevel() {
        ExtractionResult r = read("固原市人民医院年均门急诊量543.2万余人次，平均住院日降低0.3天。");
        assertThat(r.indicators()).isEmpty();
    }

    @Test
    void squareMetresWrittenAsM2() {
        ExtractionResult r = read("固原市人民医院占地面积50000m2，门(急)诊163.5万人次。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .containsExactlyInAnyOrder(tuple("land_area", 50000), tuple("outpatient_emergency_visits", 1635000));
    }

    @Test
    void aHospitalNamedAfterAnotherAndAPlaceIsItsBranch() {
        ExtractionResult r = read("北京大学第一医院作为输出医院，与太原市合作共建北京大学第一医院太原医院。北京大学第一医院太原医院2023年开放床位800张。");
        assertThat(memberships(r)).containsExactly(List.of("北京大学第一医院", "北京大学第一医院太原医院"));
    }

    @Test
    void aDepartmentHospitalIsNotABranch() {
        ExtractionResult r = read("安阳市中医院加强骨伤科建设，安阳市中医院骨伤医院2023年开放床位300张。");
        assertThat(memberships(r)).isEmpty();
    }

    @Test
    void aPilotTakesTheYearItsOwnSentenceStates() {
        ExtractionResult r = read("2019年，福建省扩大DRG收付费改革试点。该项试点工作于2017年由国家卫健委启动，包括福州市第一医院和厦门市第一医院在内。");
        assertThat(r.pilots()).extracting(PilotFact::year).containsOnly(2017);
    }

    @Test
    void hospitalsInParenthesesWhereAProgrammeIsTried() {
        ExtractionResult r = read("2018年，邢台市现代医院管理制度改革在两所公立医院(邢台市人民医院、邢台市第三医院)开展试点。");
        assertThat(r.pilots()).extracting(PilotFact::hospital).containsExactlyInAnyOrder("邢台市人民医院", "邢台市第三医院");
    }

    @Test
    void aCountyHospitalOfACountySinceRenamed() {
        ExtractionResult r = read("2017年，榆林市DRG付费改革在市第一人民医院和神木县医院试点。");
        assertThat(r.pilots()).extracting(PilotFact::hospital).contains("神木县医院");
    }

    @Test
    void aPilotProjectApprovedTakesTheDatelineYear() {
        ExtractionResult r = extractor.extract(
                "晋江市医院获批成为国家区域医疗中心试点项目。", new DocumentMetadata(null, null, LocalDate.of(2021, 6, 30)));
        assertThat(r.pilots()).extracting(PilotFact::hospital, PilotFact::year).containsExactly(tuple("晋江市医院", 2021));
    }

    @Test
    void aCountOfPartnersJoinedByAnAgreement() {
        ExtractionResult r = read("兰大二院与省内外206家医疗机构签订协议，启动专科联盟建设。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .containsExactly(tuple("consortium_partner_hospitals", 206));
    }

    @Test
    void aSumOfSeveralKindsIsNotAPartnerCount() {
        ExtractionResult r = read("高州市人民医院与全市27个镇卫生院、3家农场医院和2家社区卫生服务中心构建医共体。");
        assertThat(r.indicators()).extracting(IndicatorFact::code).doesNotContain("consortium_partner_hospitals");
    }

    @Test
    void theDatelineFramesFiguresWithoutAYear() {
        ExtractionResult r = read("2022-06-05 19:48 来源：本网\n毕节市第一人民医院编制床位800张，开放床位1496张。");
        assertThat(r.indicators()).extracting(IndicatorFact::year).containsOnly(2022);
    }

    @Test
    void xianJiangIntroducesAReportNotAPlan() {
        ExtractionResult r = read("蓝山县中心医院现将2017年度医院总收入等情况公示如下：\n2017年医院药占比:28%。");
        assertThat(r.indicators()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("drug_cost_share");
            assertThat(f.target()).isFalse();
        });
    }

    @Test
    void aDatelineWrittenDayFirst() {
        assertThat(PublicationDateDetector.detect("兰大二院启动专科联盟建设\n\n17.08.2017  20:37\n\n正文。"))
                .contains(LocalDate.of(2017, 8, 17));
    }

    @Test
    void membersAGroupHasUnderIt() {
        ExtractionResult r = read("德清县武康健保集团下辖德清县人民医院、德清县中医院及8家镇卫生院。");
        assertThat(r.consortia())
                .anySatisfy(c -> assertThat(c.members())
                        .extracting(ConsortiumFact.Member::hospital)
                        .contains("德清县人民医院", "德清县中医院"));
    }

    @Test
    void anOutputHospitalLeadsTheHospitalItRestsOn() {
        ExtractionResult r = read("该中心以华中科技大学同济医学院附属协和医院为输出医院，以十堰市太和医院为依托医院建设国家区域医疗中心。");
        assertThat(memberships(r)).containsExactly(List.of("华中科技大学同济医学院附属协和医院", "十堰市太和医院"));
    }

    @Test
    void namesCountedInAlsoJoin() {
        ExtractionResult r = read("当天，包括秦安县人民医院在内的203家医疗机构及西宁市第二人民医院等3家外省医疗机构分别与兰大二院签订了联盟协议。");
        assertThat(memberships(r)).containsExactlyInAnyOrder(List.of("兰大二院", "秦安县人民医院"), List.of("兰大二院", "西宁市第二人民医院"));
    }

    @Test
    void gradesGivenToAListOfHospitals() {
        ExtractionResult r = read("经过评审，审定绥化市第一医院、绥化市铁路医院为三级甲等医院；肇东市人民医院为二级甲等医院。");
        assertThat(r.hospitals())
                .extracting(HospitalFact::name, HospitalFact::level)
                .containsExactlyInAnyOrder(
                        tuple("绥化市第一医院", "三级甲等"), tuple("绥化市铁路医院", "三级甲等"), tuple("肇东市人民医院", "二级甲等"));
    }

    @Test
    void aHospitalThatFormsAnAllianceLeadsIt() {
        ExtractionResult r = read("天津市第一中心医院组建了以移植为特色的器官移植专科联盟。");
        assertThat(r.consortia()).anySatisfy(c -> assertThat(c.lead()).isEqualTo("天津市第一中心医院"));
        assertThat(r.hospitals()).extracting(HospitalFact::name).contains("天津市第一中心医院");
    }

    @Test
    void aHospitalHandedOverToAnotherIsItsMember() {
        ExtractionResult r = read("区政府将旅顺口区人民医院及其下设的社区卫生服务机构整体托管给大连市中心医院。");
        assertThat(memberships(r)).containsExactly(List.of("大连市中心医院", "旅顺口区人民医院"));
    }

    @Test
    void townshipsListedAfterAColonWithTheLastOneNamedInFull() {
        ExtractionResult r = read("县医共体由县人民医院牵头，成员单位有：沙河镇、李家庄乡、王营镇中心卫生院等8所乡镇卫生院。主办：平舆县人民政府");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("平舆县人民医院", "沙河镇"), List.of("平舆县人民医院", "李家庄乡"), List.of("平舆县人民医院", "王营镇中心卫生院"));
    }

    @Test
    void oneHospitalSigningWithSeveral() {
        ExtractionResult r = read("5月8日，驻马店市中心医院与平舆县人民医院、正阳县人民医院举行医联体签约仪式。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("驻马店市中心医院", "平舆县人民医院"), List.of("驻马店市中心医院", "正阳县人民医院"));
    }

    @Test
    void approximateTenThousandsWrittenWithYuBeforeWan() {
        ExtractionResult r = read("海南省人民医院全年诊治门诊病人100多万人次。");
        assertThat(r.indicators()).singleElement().satisfies(f -> {
            assertThat(f.value().intValue()).isEqualTo(1_000_000);
            assertThat(f.qualifier()).isEqualTo("approx");
        });
    }

    @Test
    void aHeadlineRestatingADesignationWithoutItsProgrammeIsNotASecondPilot() {
        ExtractionResult r = read("衡水市人民医院入选国家级试点医院\n2019年，衡水市人民医院被确定为建立健全现代医院管理制度试点医院。");
        assertThat(r.pilots()).extracting(PilotFact::category).containsExactly("modern_hospital_management");
    }

    @Test
    void aRuleThatSaysWhoShouldBeDesignatedIsNotADesignation() {
        ExtractionResult r = read("三级公立医院应当加强绩效考核，成绩优秀的优先纳入省现代医院管理制度试点医院。");
        assertThat(r.pilots()).isEmpty();
    }

    @Test
    void membersOfANamedAllianceWhoseLeadAnotherSentenceGives() {
        ExtractionResult r = read("会上，镇江市中医院和芜湖市中医院作为联盟成员代表发言。“江苏省中医院战略联盟”是由江苏省中医院发起的。");
        assertThat(memberships(r)).containsExactlyInAnyOrder(List.of("江苏省中医院", "镇江市中医院"), List.of("江苏省中医院", "芜湖市中医院"));
    }

    @Test
    void aConjunctionBeforeXianIsNotTheCountyTheTextIsAbout() {
        ExtractionResult r = read("县人民医院2023年门急诊人次50万，县精神卫生中心和县疾控中心为补充。\n主办：奉节县人民政府");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("奉节县人民医院");
    }

    @Test
    void aPlaceThatReadsLikeAVerbStillStartsAName() {
        ExtractionResult r = read("新建县人民医院开放病床252张。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("新建县人民医院");
    }

    @Test
    void figuresOfANewCampusAreNotTheHospitalsLevel() {
        ExtractionResult r = read("大连医科大学附属第一医院在张前路新建一所占地2.5公顷、床位330张的综合医院。");
        assertThat(r.indicators()).allSatisfy(f -> assertThat(f.target()).isTrue());
    }

    @Test
    void aNameJoinedByAConjunctionStartsAfterIt() {
        ExtractionResult r = read("江苏省人民医院和中国科学技术大学附属第一医院分别与滁州市第一人民医院签署医联体协议。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).doesNotContain("和中国科学技术大学附属第一医院");
    }

    @Test
    void theYearAHospitalWasRenamedDoesNotFrameItsFigures() {
        ExtractionResult r = read("湖南省人民医院于1958年正式更名。医院开放床位3500张。");
        assertThat(r.indicators()).extracting(IndicatorFact::year).containsOnlyNulls();
    }

    @Test
    void aProgrammeNameStartsAfterTheDesignatingVerb() {
        ExtractionResult r = read("我省还同步确定了第三批DRG收付费改革试点医院名单，包括福建省妇幼保健院、泉州市第一医院。");
        assertThat(r.pilots()).extracting(PilotFact::name).doesNotContain("还同步确定了第三批DRG收付费改革");
    }

    @Test
    void aHistoryTracedBackToAYearDoesNotFrameTheFigures() {
        ExtractionResult r = read("新建县人民医院历史可追溯到1934年，历经沧桑。医院开放病床252张。");
        assertThat(r.indicators()).extracting(IndicatorFact::year).containsOnlyNulls();
    }

    // families added after the first real-text round (session 3)

    @Test
    void ourHospitalInAConsortiumSentenceIsTheHospitalOfTheMasthead() {
        ExtractionResult r = read("欢迎访问临江市中心医院\n新闻中心\n7月20日，吉林大学第二医院与我院医联体揭牌签约仪式在我院隆重举行。");
        assertThat(memberships(r)).containsExactly(List.of("吉林大学第二医院", "临江市中心医院"));
    }

    @Test
    void aLaterClauseOfTheSubjectsSentenceTakesATownshipCentreOver() {
        ExtractionResult r = read("据介绍，高州市人民医院目前已与全市27个镇卫生院构建医共体，全面托管长坡镇中心卫生院并建设成为分院。");
        assertThat(memberships(r)).containsExactly(List.of("高州市人民医院", "长坡镇中心卫生院"));
        assertThat(r.consortia()).extracting(ConsortiumFact::name).doesNotContain("个镇卫生院构建医共体");
        assertThat(r.consortia())
                .flatExtracting(ConsortiumFact::members)
                .extracting(ConsortiumFact.Member::hospital)
                .doesNotContain("个镇卫生院");
    }

    @Test
    void whatOurHospitalTakesOverIsItsMember() {
        ExtractionResult r = read("柳城县人民医院\n我院托管的太平镇卫生院本月开设了专家门诊。");
        assertThat(memberships(r)).containsExactly(List.of("柳城县人民医院", "太平镇卫生院"));
    }

    @Test
    void anAffiliatedHospitalsOrdinalShortFormIsSpelledOut() {
        ExtractionResult r = read("甘井子区政府将甘井子区人民医院整体托管给大连医科大学附属一院，合作医院加挂大连医科大学附属一院张前路院区的牌子。");
        assertThat(memberships(r)).containsExactly(List.of("大连医科大学附属第一医院", "甘井子区人民医院"));
        assertThat(r.hospitals()).extracting(HospitalFact::name).doesNotContain("加挂大连医科大学附属第一医院");
    }

    @Test
    void hospitalsSelectedForAListAGovernmentBodyPublishedArePilotsOfThatProgramme() {
        ExtractionResult r = read(
                "昨日，国家卫计委网站发布了《关于全面提升县级医院综合能力第一阶段500家县医院名单的通知》，我省3家县医院榜上有名。" + "3家入选县医院分别是：肥东县人民医院、庐江县人民医院、无为县人民医院。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::name, PilotFact::level)
                .containsExactlyInAnyOrder(
                        tuple("肥东县人民医院", "全面提升县级医院综合能力第一阶段500家县医院", "national"),
                        tuple("庐江县人民医院", "全面提升县级医院综合能力第一阶段500家县医院", "national"),
                        tuple("无为县人民医院", "全面提升县级医院综合能力第一阶段500家县医院", "national"));
    }

    @Test
    void aSelectionWithoutAPublishedListIsNotADesignation() {
        ExtractionResult r = read("3家入选医院分别是：肥东县人民医院、庐江县人民医院、无为县人民医院。");
        assertThat(r.pilots()).isEmpty();
    }

    @Test
    void aBranchOfAnotherHospitalInTheSubjectsDescriptionMakesItAMember() {
        ExtractionResult r =
                read("三门县人民医院是我县唯一一所二级甲等综合性医院，系浙大一院三门湾分院、县域内唯一医共体牵头医院。\n" + "毕节市第一人民医院是遵义医科大学教学医院、贵州省人民医院分院。");
        assertThat(memberships(r)).contains(List.of("浙大一院", "三门县人民医院"), List.of("贵州省人民医院", "毕节市第一人民医院"));
        assertThat(r.hospitals()).extracting(HospitalFact::name).doesNotContain("系浙大一院");
    }

    @Test
    void aBranchOpeningIsAnEventNotADescription() {
        ExtractionResult r = read("高州市人民医院长坡分院在长坡镇中心卫生院挂牌成立。");
        assertThat(r.consortia()).filteredOn(c -> "other".equals(c.type())).isEmpty();
    }

    @Test
    void familyPlanningIsNotAPlanAndAGroupListsItsMembersAfterXiaXia() {
        ExtractionResult r =
                read("德清县卫生健康局下属医疗卫生机构包括德清县妇幼保健计划生育服务中心以及两大健康保健集团，" + "其中武康健保集团下辖县人民医院（二甲综合性医院）、县中医院（二甲中医医院）及8家镇卫生院。");
        assertThat(memberships(r)).containsExactlyInAnyOrder(List.of("null", "德清县人民医院"), List.of("null", "德清县中医院"));
    }

    @Test
    void aShortFormThatStartsAGroupsNameLeadsIt() {
        ExtractionResult r = read("重庆市大足区人民医院是国家三级甲等综合医院、重医一院医院集团成员单位。");
        assertThat(memberships(r)).containsExactly(List.of("重医一院", "重庆市大足区人民医院"));
    }

    @Test
    void theHostHospitalOfARegionalCentreIsItsMember() {
        ExtractionResult r = read("榆林国家区域医疗中心由西安交通大学第一附属医院作为管理和技术输出医院，并依托当地具有悠久历史的榆林市第二医院合作共建而成。");
        assertThat(memberships(r)).contains(List.of("西安交通大学第一附属医院", "榆林市第二医院"));
    }

    @Test
    void dependingOnAHospitalOutsideARegionalCentreIsNoMembership() {
        ExtractionResult r = read("长沙县人民医院牵头组建医共体，依托县中医医院建设胸痛中心。");
        assertThat(memberships(r)).doesNotContain(List.of("长沙县人民医院", "长沙县中医医院"));
    }

    @Test
    void oneHospitalSigningWithSeveralIsTheirHubEvenWhenOneOfThemIsLarger() {
        ExtractionResult r = read("长沙县人民医院与长沙县中医医院、浏阳市第二人民医院、星沙街道社区卫生服务中心举行医联体签约仪式。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("长沙县人民医院", "长沙县中医医院"),
                        List.of("长沙县人民医院", "浏阳市第二人民医院"),
                        List.of("长沙县人民医院", "星沙街道社区卫生服务中心"));
    }

    @Test
    void aBannerHospitalSigningACoordinationBodyWithALargerOne() {
        ExtractionResult r = read("杭锦旗医院与鄂尔多斯市中心医院签署医疗协同体合作协议。");
        assertThat(memberships(r)).containsExactly(List.of("鄂尔多斯市中心医院", "杭锦旗医院"));
    }

    @Test
    void countyRunHospitalsAndFamilyPlanningCentresAreInstitutions() {
        ExtractionResult r = read("木垒县立医院与新疆医科大学第五附属医院签署医联体协议。黑山县妇幼保健计划生育服务中心加入锦州市妇婴医院专科联盟。");
        assertThat(memberships(r)).contains(List.of("新疆医科大学第五附属医院", "木垒县立医院"), List.of("锦州市妇婴医院", "黑山县妇幼保健计划生育服务中心"));
    }

    @Test
    void aCeremonyVerbDoesNotJoinTwoNamesIntoOne() {
        ExtractionResult r = read("宁乡市人民医院举行加入湘雅医院专科联盟授牌仪式。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).doesNotContain("宁乡市人民医院举行加入湘雅医院");
    }

    @Test
    void aPilotListAnnouncedSentencesBeforeTheListIsDatedByItsAnnouncement() {
        ExtractionResult r = extractor.extract(
                "2021年6月，国家卫生健康委公布了公立医院高质量发展试点医院名单。我省3家医疗机构入选。入选的医疗机构分别是：长沙县人民医院、浏阳市人民医院和宁乡市人民医院。",
                new DocumentMetadata("标题", null, LocalDate.of(2023, 5, 1)));
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::year)
                .containsExactlyInAnyOrder(tuple("长沙县人民医院", 2021), tuple("浏阳市人民医院", 2021), tuple("宁乡市人民医院", 2021));
    }

    @Test
    void aPassiveDesignationTakesItsLevelFromTheBodyThatDesignates() {
        ExtractionResult r = read("攸县人民医院\n2019年，被国家卫生健康委公布为首批电子病历应用试点医院。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::year, PilotFact::level)
                .containsExactly(tuple("攸县人民医院", 2019, "national"));
    }

    @Test
    void townshipsListedBareWithACentralHealthCentreLast() {
        ExtractionResult r = read("平江县人民医院牵头组建医共体，成员单位有三市镇、安定镇、南江镇（中心）卫生院等3所乡镇卫生院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("平江县人民医院", "三市镇"), List.of("平江县人民医院", "安定镇"), List.of("平江县人民医院", "南江镇（中心）卫生院"));
    }

    @Test
    void townshipCentresThatSignedACooperationCompact() {
        ExtractionResult r = read("平江县人民医院已与三市镇卫生院、安定镇卫生院签订协作合约。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("平江县人民医院", "三市镇卫生院"), List.of("平江县人民医院", "安定镇卫生院"));
    }

    @Test
    void theHospitalAfterJiaRuLeadsEvenWhenKnownOnlyByItsShortName() {
        ExtractionResult r = read("平江县人民医院牵头组建医共体。宁乡市人民医院举行加入湘雅医院专科联盟授牌仪式。");
        assertThat(memberships(r)).contains(List.of("湘雅医院", "宁乡市人民医院"));
        assertThat(memberships(r)).doesNotContain(List.of("平江县人民医院", "宁乡市人民医院"));
    }

    @Test
    void partiesThatEachSignWithTheSameHospitalAreItsMembers() {
        ExtractionResult r = read("岳阳市第二人民医院、岳阳市中心医院分别与中南大学湘雅医院签订医联体协议。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("中南大学湘雅医院", "岳阳市第二人民医院"), List.of("中南大学湘雅医院", "岳阳市中心医院"));
    }

    @Test
    void hospitalsCountedInAtAConsortiumsFoundingMeetingAreItsMembers() {
        ExtractionResult r = read("7月1日，“湖南省中医院专科联盟”成立大会在湖南省中医院召开。" + "包括湖南省中医院、岳阳市中医医院、常德市中医医院在内的13家中医院院长出席了会议。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("湖南省中医院", "岳阳市中医医院"), List.of("湖南省中医院", "常德市中医医院"));
    }

    @Test
    void hospitalsCountedInAtAnOrdinaryMeetingAreNoMembers() {
        ExtractionResult r = read("7月1日，全省中医工作会议在长沙召开。包括湖南省中医院、岳阳市中医医院、常德市中医医院在内的13家中医院院长出席了会议。");
        assertThat(r.consortia()).isEmpty();
    }

    @Test
    void aHospitalGivenThePlaqueOfAGroupsBranchIsItsMember() {
        ExtractionResult r = read("仪式上，我院院长向资阳市人民医院授牌“四川省人民医院医疗集团资阳医院”。");
        assertThat(memberships(r)).containsExactly(List.of("四川省人民医院", "资阳市人民医院"));
    }

    @Test
    void anAutonomousCountyWrittenWithItsShortNameAndXian() {
        ExtractionResult r = read("紫云县人民医院开放床位500张。松桃县民族中医院开放床位300张。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactlyInAnyOrder("紫云县人民医院", "松桃县民族中医院");
    }

    @Test
    void theHostOfADesignatedProjectIsAHospitalOfTheText() {
        ExtractionResult r = read("国家区域医疗中心第一批试点\n中国医学科学院阜外医院华中医院（依托河南省人民医院）：心血管\n");
        assertThat(r.hospitals()).extracting(HospitalFact::name).contains("河南省人民医院");
    }

    @Test
    void aStatisticsTableWithOneRowPerHospitalAndLabelsBrokenOverLines() {
        String table = "2025年某区医院医疗服务效率统计表(年报)\n"
                + "序号 机构名称 出院人数  出院病人 \n病死率(%)\n病床使用率(%) 出院者 \n平均住院日\n出院者日均 \n医药费(元)\n"
                + "1 柳州市柳江区中医医院 15,798  0.2  106.5  7.0  556.0 \n"
                + "2 柳州市柳江区人民医院 43,422  0.2  108.9  6.2  767.5 \n";
        ExtractionResult r = read(table);
        assertThat(r.indicators())
                .extracting(
                        IndicatorFact::hospital,
                        IndicatorFact::code,
                        IndicatorFact::year,
                        f -> f.value().doubleValue())
                .containsExactlyInAnyOrder(
                        tuple("柳州市柳江区中医医院", "discharges", 2025, 15798.0),
                        tuple("柳州市柳江区中医医院", "bed_occupancy_rate", 2025, 106.5),
                        tuple("柳州市柳江区中医医院", "avg_length_of_stay", 2025, 7.0),
                        tuple("柳州市柳江区人民医院", "discharges", 2025, 43422.0),
                        tuple("柳州市柳江区人民医院", "bed_occupancy_rate", 2025, 108.9),
                        tuple("柳州市柳江区人民医院", "avg_length_of_stay", 2025, 6.2));
    }

    @Test
    void aTableWhoseHeaderDoesNotSplitIntoItsColumnsIsNotRead() {
        String table = "序号 机构名称 出院人数 病床使用率(%)\n1 柳州市柳江区人民医院 43,422  0.2  108.9\n";
        assertThat(read(table).indicators()).isEmpty();
    }

    @Test
    void aTownshipCentreWithANoteBeforeItsSuffix() {
        ExtractionResult r = read("平江县人民医院牵头组建医共体，成员单位有三市镇、南江镇（二级）卫生院等2所乡镇卫生院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("平江县人民医院", "三市镇"), List.of("平江县人民医院", "南江镇（二级）卫生院"));
    }

    @Test
    void aProvincialPilotTriedInHospitalsDescribedAtLength() {
        ExtractionResult r = read("我省在长沙县人民医院等3家具有较好信息化基础的医院开展智慧医院省级试点工作。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::level)
                .containsExactly(tuple("长沙县人民医院", "provincial"));
    }

    @Test
    void aGovernmentAndAHospitalEachSigningToCoBuildARegionalCentreWithAnUpperHospital() {
        ExtractionResult r = read("岳阳市人民政府、岳阳市第二人民医院，分别与中南大学湘雅医院签署了《合作共建国家区域医疗中心协议》。");
        assertThat(memberships(r)).containsExactly(List.of("中南大学湘雅医院", "岳阳市第二人民医院"));
    }

    @Test
    void aSigningPlaceInBracketsBetweenThePartiesAndTheAgreement() {
        ExtractionResult r = read("杭锦旗医院与鄂尔多斯市中心医院（在杭锦旗医院）正式签署医联体合作协议。");
        assertThat(memberships(r)).containsExactly(List.of("鄂尔多斯市中心医院", "杭锦旗医院"));
    }

    @Test
    void aNameWrittenWithItsProvinceIsAlsoKnownWithout() {
        ExtractionResult r = read("湖南省瀏陽市人民醫院開放床位600張。");
        assertThat(r.hospitals())
                .extracting(HospitalFact::name, HospitalFact::aliases)
                .containsExactly(tuple("湖南省瀏陽市人民醫院", List.of("湖南省浏阳市人民医院", "瀏陽市人民醫院", "浏阳市人民医院")));
    }

    @Test
    void aTownshipListEndingInACentreWhoseNoteNamesAnother() {
        ExtractionResult r = read("县医共体由平江县人民医院牵头,成员单位有三市镇、安定乡、开发区(长寿镇卫生院代管)卫生院等3所乡镇卫生院8个村卫生室。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("平江县人民医院", "三市镇"), List.of("平江县人民医院", "安定乡"), List.of("平江县人民医院", "开发区(长寿镇卫生院代管)卫生院"));
    }

    @Test
    void aNewCampusSpeaksForItsOwnClausesNotForTheHospitalsFiguresAfterThem() {
        ExtractionResult r = read("大足区人民医院占地面积285亩，其中新院区占地面积238亩，建筑面积16万㎡，设科室65个，设置床位1500张，开放床位1333张。");
        assertThat(r.indicators())
                .filteredOn(f -> f.code().equals("beds_open"))
                .extracting(IndicatorFact::target)
                .containsExactly(false);
        assertThat(r.indicators())
                .filteredOn(f -> f.code().equals("floor_area"))
                .extracting(IndicatorFact::target)
                .containsExactly(true);
    }

    @Test
    void membersListedLineByLineUnderAHeadingAndJoinedInTheLeadSentence() {
        ExtractionResult r = read("由天津市眼科医院牵头，并联合北京大学第三医院、北京协和医院，共同创建“天津市眼科医院协作医院专科联盟”。\n\n"
                + "联盟单位（按省市排序）\n\n"
                + "北京市：中国医学科学院北京协和医院、北京大学第三医院（北京大学眼科中心）\n\n"
                + "天津市：天津市第一中心医院、天津同安医院\n");
        assertThat(memberships(r))
                .contains(
                        List.of("天津市眼科医院", "北京大学第三医院"), List.of("天津市眼科医院", "天津市第一中心医院"), List.of("天津市眼科医院", "天津同安医院"));
        assertThat(r.hospitals()).extracting(HospitalFact::name).contains("中国医学科学院北京协和医院");
    }

    @Test
    void rolesWrittenRightBeforeTheNames() {
        ExtractionResult r = read("道县人民医院\n仪式上，县医共体牵头医院县人民医院、县医共体成员单位县中医医院负责人进行了表态发言。");
        assertThat(memberships(r)).containsExactly(List.of("道县人民医院", "道县中医医院"));
        assertThat(r.consortia()).extracting(ConsortiumFact::name).noneMatch(n -> n.contains("负责人"));
    }

    @Test
    void anAgencysHospitalJoiningAUniversityHospitalsGroup() {
        ExtractionResult r = read("4月27日上午，宁夏监狱管理局中心医院正式加入宁夏医科大学总医院医院集团并举行签约揭牌仪式。");
        assertThat(memberships(r)).containsExactly(List.of("宁夏医科大学总医院", "宁夏监狱管理局中心医院"));
    }

    // families from the second fresh blind set (y901–y960), each on a sentence written for the test

    @Test
    void namesRunTogetherInACopiedTableAreTwoHospitalsButABranchNamedAfterItsParentIsOne() {
        assertThat(mentioned("河源市：东源县人民医院 和平县中医院连平县中医院")).containsExactly("东源县人民医院", "和平县中医院", "连平县中医院");
        assertThat(mentioned("另有上海市第六人民医院福建医院参加。")).containsExactly("上海市第六人民医院福建医院");
    }

    @Test
    void aPublishedListUnderABareHeadingWithRowsGroupedByCity() {
        ExtractionResult r = read("近日，国家卫健委发布了《关于印发全面提升县级医院综合能力第二阶段县级医院名单的通知》，"
                + "全省18家县级医院列入范围。\n名单如下：\n韶关市：新丰县中医院 南雄市中医院\n汕尾市：陆丰市人民医院\n");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::level, PilotFact::name)
                .containsExactlyInAnyOrder(
                        tuple("新丰县中医院", "national", "全面提升县级医院综合能力第二阶段县级医院"),
                        tuple("南雄市中医院", "national", "全面提升县级医院综合能力第二阶段县级医院"),
                        tuple("陆丰市人民医院", "national", "全面提升县级医院综合能力第二阶段县级医院"));
        assertThat(r.hospitals()).extracting(HospitalFact::name).noneMatch(n -> n.contains("提升") || n.contains("能力"));
    }

    @Test
    void aBareHeadingUnderAPolicyTitleThatNamesNoListDesignatesNothing() {
        ExtractionResult r = read("国家卫健委印发《关于进一步改善医疗服务行动计划的通知》。\n名单如下：\n韶关市：新丰县中医院 南雄市中医院\n");
        assertThat(r.pilots()).isEmpty();
    }

    @Test
    void numberedMemberRowsUnderACouncilHeadingWithDepartmentsAndPreventionStations() {
        ExtractionResult r = read("该联盟由江西省皮肤病专科医院牵头组建。\n\n专科联盟首届理事单位成员名单\n\n1、江西省皮肤病专科医院\n\n"
                + "2、赣州市皮肤病医院\n\n3、婺源县地方病防治所\n\n4、宜昌市人民医院皮肤科\n\n5、南昌县人民医院\n\n医院地址：南昌市。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("江西省皮肤病专科医院", "赣州市皮肤病医院"),
                        List.of("江西省皮肤病专科医院", "婺源县地方病防治所"),
                        List.of("江西省皮肤病专科医院", "宜昌市人民医院"),
                        List.of("江西省皮肤病专科医院", "南昌县人民医院"));
    }

    @Test
    void verbsAndProgrammeWordsDoNotMakeAName() {
        ExtractionResult r = read("徐州市人民医院积极创建三级医院，开放床位800张。获评中国胸痛中心认证医院。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("徐州市人民医院");
    }

    @Test
    void aUniversityShortFormWithASpecialtyLeadsTheHospitalsItSignsWith() {
        ExtractionResult r = read("7月23日，哈医大肿瘤医院与双鸭山双矿医院、七台河七煤医院举行肿瘤专科联盟医联体签约仪式。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("哈医大肿瘤医院", "双鸭山双矿医院"), List.of("哈医大肿瘤医院", "七台河七煤医院"));
    }

    @Test
    void memberOfAConsortiumNamedAfterItsLeadAfterACopula() {
        ExtractionResult r = read("苏州市第九人民医院是南京医科大学等院校的教学医院，是复旦大学附属肿瘤医院肿瘤专科医联体成员单位。");
        assertThat(memberships(r)).containsExactly(List.of("复旦大学附属肿瘤医院", "苏州市第九人民医院"));
    }

    @Test
    void twoHospitalsSignAnAgreementAndBecomeAMedicalConsortium() {
        ExtractionResult r = read("3月29日，天津医科大学总医院与天津港口医院正式签署定点协作业务合作协议，成为医疗联合体单位。");
        assertThat(memberships(r)).containsExactly(List.of("天津医科大学总医院", "天津港口医院"));
        assertThat(r.hospitals()).extracting(HospitalFact::name).noneMatch(n -> n.contains("协作"));
    }

    @Test
    void aPlaqueUnveiledAtAnotherHospitalMakesTheHostItsBranchOrMember() {
        assertThat(memberships(read("4月20日，昆明市第一人民医院巫家坝医院揭牌仪式在官渡区人民医院举行。")))
                .containsExactly(List.of("昆明市第一人民医院", "官渡区人民医院"));
        assertThat(memberships(read("2021年8月19日，我院在沙河口区中医医院举行了“大连大学附属中山医院医联体医院”的揭牌仪式。")))
                .containsExactly(List.of("大连大学附属中山医院", "沙河口区中医医院"));
    }

    @Test
    void aPlaqueOfTheHostsOwnCampusOrOfACentreIsNoMembership() {
        assertThat(memberships(read("4月20日，昆明市第一人民医院呈贡院区揭牌仪式在昆明市第一人民医院举行。"))).isEmpty();
        assertThat(memberships(read("4月20日，昆明市第一人民医院胸痛中心揭牌仪式在官渡区人民医院举行。"))).isEmpty();
    }

    @Test
    void aNationalRegionalMedicalCentresOutputHospitalIsADesignation() {
        ExtractionResult r = read("2021年7月，重庆医科大学附属儿童医院被纳入国家区域医疗中心建设输出医院。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::year, PilotFact::level)
                .containsExactly(tuple("重庆医科大学附属儿童医院", 2021, "national"));
    }

    @Test
    void projectsListedWithNotesAndACountBeforeTheirInclusion() {
        ExtractionResult r = read("2022年5月，江苏省中医院重庆医院(永川区)、江苏省人民医院重庆医院(綦江区)3家医院被纳入" + "第三批国家区域医疗中心建设项目名单。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::name)
                .containsExactlyInAnyOrder(
                        tuple("江苏省中医院重庆医院", "第三批国家区域医疗中心建设项目"), tuple("江苏省人民医院重庆医院", "第三批国家区域医疗中心建设项目"));
    }

    @Test
    void anApplicationThatWasGrantedIsADesignationButAPlannedOneIsNot() {
        assertThat(read("河南省申报的中国医学科学院肿瘤医院河南医院、北京中医药大学东直门医院洛阳医院2个项目被纳入第三批区域医疗中心试点项目。")
                        .pilots())
                .extracting(PilotFact::hospital)
                .containsExactlyInAnyOrder("中国医学科学院肿瘤医院河南医院", "北京中医药大学东直门医院洛阳医院");
        assertThat(read("河南省拟申报中国医学科学院肿瘤医院河南医院、北京中医药大学东直门医院洛阳医院等项目纳入区域医疗中心试点项目。")
                        .pilots())
                .isEmpty();
    }

    @Test
    void twoHospitalsNamedWithTheirJointConsortiumAsATitleOrACeremony() {
        assertThat(memberships(read("湖南科技大学医院与湘潭市第二人民医院医联体合作\n文：张三")))
                .containsExactly(List.of("湖南科技大学医院", "湘潭市第二人民医院"));
        assertThat(memberships(read("10月21日下午，上饶市第二人民医院与江西医专第一附属医院的“专科医疗联合体”签约仪式举行。")))
                .hasSize(1);
    }

    @Test
    void keySpecialtyConstructionProjectsStaffWordsAndAMisspelledAuthorisedBedCount() {
        ExtractionResult r =
                read("佳木斯大学附属第一医院现有国家临床重点专科建设项目1个，省级重点专科建设项目2个。" + "医院现有员工3320人，其中高级医疗专业技术人员252人；编置床位972张。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .contains(
                        tuple("national_key_specialties", 1),
                        tuple("provincial_key_specialties", 2),
                        tuple("staff_total", 3320),
                        tuple("senior_title_staff", 252),
                        tuple("beds_authorized", 972))
                .doesNotContain(tuple("beds_open", 972));
    }

    @Test
    void everyOneOfTheStaffIsNoCount() {
        ExtractionResult r = read("荆州市第一人民医院的发展关系到每一名员工。");
        assertThat(r.indicators()).isEmpty();
    }

    // families from the third fresh blind set (z101–z160)

    @Test
    void aFoundingDateNearTheTopIsNotTheDateline() {
        assertThat(PublicationDateDetector.detect("长兴县人民医院\n\n长兴县人民医院创建于1940年10月21日，其前身为长兴县卫生所。"))
                .isEmpty();
        assertThat(PublicationDateDetector.detect("长兴县人民医院召开职代会\n2023年5月6日\n医院召开第五届职代会。"))
                .contains(LocalDate.of(2023, 5, 6));
    }

    @Test
    void aHospitalNamedInsideAPlaqueIsNotWhoTheNextFiguresAreAbout() {
        ExtractionResult r =
                read("泉州市中医院创建于1953年，是三级甲等中医医院。2019年6月份，挂牌“上海中医药大学附属龙华医院合作共建医院”。" + "人才梯队建设初见成效。现有员工1050人，高级职称144人。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::hospital)
                .containsOnly("泉州市中医院")
                .hasSize(2);
    }

    @Test
    void aProfileSpeaksForItsHospitalAfterNamingAnotherOne() {
        ExtractionResult r =
                read("延安大学附属医院是一所三级甲等医院。2009年整体托管洛川县医院。\n" + "医院创建于1950年4月11日，当时在原西北局旧址筹建。目前医院占地6.8万平方米，开放床位2500张。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::hospital, IndicatorFact::code)
                .containsExactlyInAnyOrder(tuple("延安大学附属医院", "land_area"), tuple("延安大学附属医院", "beds_open"));
        // "目前" in an undated text: now, which it does not tell; not the year of an earlier event
        assertThat(r.indicators()).extracting(IndicatorFact::year).containsOnlyNulls();
        assertThat(memberships(r)).containsExactly(List.of("延安大学附属医院", "洛川县医院"));
    }

    @Test
    void aHigherEducationSchoolsHospitalKeepsItsWholeName() {
        ExtractionResult r = read("泉州医学高等专科学校附属人民医院现有开放床位500张。");
        assertThat(r.indicators()).extracting(IndicatorFact::hospital).containsExactly("泉州医学高等专科学校附属人民医院");
    }

    @Test
    void theSubjectJoinsAGroupNamedAfterItsLead() {
        ExtractionResult r = read("长兴县人民医院创建于1940年，是三级乙等综合性公立医院。2018年1月纳入浙医二院医疗集团统一管理。");
        assertThat(memberships(r)).containsExactly(List.of("浙医二院", "长兴县人民医院"));
    }

    @Test
    void hospitalsThatJoinOnTheDayWithAPlaqueJoinTheConsortiumNamedBefore() {
        ExtractionResult r = read("恩施州中心医院牵头组建武陵山医疗集团医疗联合体。4月21日，该医疗联合体再添两成员，" + "利川市人民医院和利川市民族中医院于当日正式挂牌加入该医疗联合体。");
        assertThat(memberships(r)).contains(List.of("恩施州中心医院", "利川市人民医院"), List.of("恩施州中心医院", "利川市民族中医院"));
    }

    @Test
    void aMentalHealthCentreIsAHospitalAndLeadsWhatItFormsWithEach() {
        ExtractionResult r = read("辽宁省精神卫生中心分别与银州区精神病医院、昌图县精神病医院结成精神疾病专科医联体。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("辽宁省精神卫生中心", "银州区精神病医院"), List.of("辽宁省精神卫生中心", "昌图县精神病医院"));
    }

    @Test
    void aConsortiumDescribedTierByTier() {
        ExtractionResult r = read("柳州市妇幼保健院医联体采用“1+7+6”模式：即1家三级医院，柳州市妇幼保健院；"
                + "7家城市二级医院和县级妇幼保健院：柳州市潭中人民医院、融水县妇幼保健院；"
                + "以及6家城市社区卫生服务中心：柳州市柳北区雅儒社区卫生服务中心、柳州市鱼峰区洛埠镇卫生院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("柳州市妇幼保健院", "柳州市潭中人民医院"),
                        List.of("柳州市妇幼保健院", "融水县妇幼保健院"),
                        List.of("柳州市妇幼保健院", "柳州市柳北区雅儒社区卫生服务中心"),
                        List.of("柳州市妇幼保健院", "柳州市鱼峰区洛埠镇卫生院"));
    }

    @Test
    void countedHospitalsOutsideAConsortiumParagraphAreNoTiers() {
        ExtractionResult r = read("全市有1家三级医院，柳州市人民医院；7家二级医院：柳州市潭中人民医院、融水县人民医院。");
        assertThat(r.consortia()).isEmpty();
    }

    @Test
    void aDesignCapacityIsNoBedCount() {
        ExtractionResult r = read("苏州市第九人民医院设计床位2200张，实际开放床位1547张。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .containsExactly(tuple("beds_open", 1547));
    }

    @Test
    void pinyinLeftInsideWordsIsReadAroundAndQuotesStayAsWritten() {
        String text = "酒泉市人民醫(yī)院占地面積11萬平方米，開放床位1700張，在職職工2038人，現(xiàn)有高級職稱210人。";
        ExtractionResult r = read(text);
        assertThat(r.indicators())
                .extracting(
                        IndicatorFact::hospital,
                        IndicatorFact::code,
                        f -> f.value().intValue())
                .containsExactlyInAnyOrder(
                        tuple("酒泉市人民医院", "land_area", 110000),
                        tuple("酒泉市人民医院", "beds_open", 1700),
                        tuple("酒泉市人民医院", "staff_total", 2038),
                        tuple("酒泉市人民医院", "senior_title_staff", 210));
        for (IndicatorFact f : r.indicators()) {
            assertThat(text.substring(f.evidence().start(), f.evidence().end()))
                    .isEqualTo(f.evidence().quote());
        }
        assertThat(r.indicators())
                .filteredOn(f -> f.code().equals("senior_title_staff"))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence().quote()).contains("現(xiàn)有"));
    }

    @Test
    void aNameTheAnnotationsInterruptIsAlsoKnownAsWrittenWithoutThem() {
        ExtractionResult r = read("酒泉市人民醫(yī)院開放床位1700張。");
        assertThat(r.hospitals())
                .extracting(HospitalFact::name, HospitalFact::aliases)
                .containsExactly(tuple("酒泉市人民医院", List.of("酒泉市人民醫院")));
    }

    @Test
    void aNameInTraditionalCharactersIsAlsoKnownInSimplifiedOnes() {
        ExtractionResult r = read("貴州省人民醫院開放床位2800張。");
        assertThat(r.hospitals())
                .extracting(HospitalFact::name, HospitalFact::aliases)
                .containsExactly(tuple("貴州省人民醫院", List.of("贵州省人民医院")));
    }

    @Test
    void bracketedLatinThatIsNoPinyinStays() {
        assertThat(PinyinAnnotations.strip("重症医学科(ICU)开放床位20张，身高(cm)")).isNull();
    }

    @Test
    void aDepartmentsSpecialtyUnitNamedAfterTheHospitalIsNoHospital() {
        assertThat(mentioned("2020年获批银川市第一人民医院耳鼻咽喉头颈外科医院。")).containsExactly("银川市第一人民医院");
    }
}
