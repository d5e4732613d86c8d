package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Families of wording the ninth round fixed (from development-set failures), each pinned on a sentence written for
 * the test. How well they work is measured on real texts only (eval/).
 */
class NinthRoundWordingTest {

    // indicators: a change from an old level to a new one

    @ParameterizedTest
    @ValueSource(strings = {"增至", "增加到", "扩大到", "发展到", "减少到", "降低至", "提高到"})
    void theOldAndTheNewLevelOfAChangeAreBothRead(String verb) {
        ExtractionResult r = read("2024年3月，峨眉山市人民医院召开职代会。医院开放床位由2019年的420张" + verb + "2023年的610张。");
        assertThat(r.indicators())
                .extracting(
                        IndicatorFact::code, IndicatorFact::year, i -> i.value().intValue())
                .containsExactlyInAnyOrder(tuple("beds_open", 2019, 420), tuple("beds_open", 2023, 610));
    }

    @Test
    void aYearThatDatesTheFigureAfterItCountsInASentenceThatTellsAMove() {
        ExtractionResult r = read("2024年3月，峨眉山市人民医院召开职代会。医院整体迁至城南，床位数量从2015年的300张增加到2023年的520张。");
        assertThat(r.indicators())
                .extracting(
                        IndicatorFact::code, IndicatorFact::year, i -> i.value().intValue())
                .containsExactlyInAnyOrder(tuple("beds_open", 2015, 300), tuple("beds_open", 2023, 520));
    }

    @Test
    void aFoundingYearInTheSentenceStillDatesNoFigure() {
        ExtractionResult r = read("2024年3月，峨眉山市人民医院召开职代会。医院始建于1958年，现有床位520张。");
        assertThat(r.indicators())
                .extracting(
                        IndicatorFact::code, IndicatorFact::year, i -> i.value().intValue())
                .containsExactly(tuple("beds_open", null, 520));
    }

    @Test
    void aHospitalThatMovedIntoItsNewCampusStatesDoneFigures() {
        ExtractionResult r = read("2024年3月，峨眉山市人民医院召开职代会。2023年医院搬迁至新院区，开放床位达到610张。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, i -> i.value().intValue(), IndicatorFact::target)
                .containsExactly(tuple("beds_open", 610, false));
    }

    @Test
    void aNewCampusBeingBuiltStillSpeaksOfPlannedFigures() {
        ExtractionResult r = read("2024年3月，峨眉山市人民医院召开职代会。医院新院区占地面积150亩，设置床位800张。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, IndicatorFact::target)
                .containsExactlyInAnyOrder(tuple("land_area", true), tuple("beds_authorized", true));
    }

    // pilots: a notice's list of units

    @Test
    void aNoticesNumberDatesTheDesignationsItAnnounces() {
        ExtractionResult r =
                read("国家卫生健康委办公厅关于确定第二批试点单位的通知\n（国卫办医函〔2019〕233号）\n" + "经研究，现确定浙江省台州医院、湖北省宜昌市中心人民医院为第二批临床路径管理试点单位。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::year)
                .containsExactlyInAnyOrder(tuple("浙江省台州医院", 2019), tuple("湖北省宜昌市中心人民医院", 2019));
    }

    @Test
    void aNumberCitedFurtherDownIsNoDateOfTheText() {
        String filler = "各地要高度重视，加强组织领导，落实工作责任，确保各项任务按期完成。".repeat(10);
        ExtractionResult r = read("关于确定试点单位的通知\n" + filler + "现确定浙江省台州医院为临床路径管理试点单位。" + "（依据国卫办医函〔2019〕233号）");
        assertThat(r.pilots()).extracting(PilotFact::year).containsExactly((Integer) null);
    }

    @Test
    void aTownshipOrCommunityHealthCentreOnAListOfPilotUnitsIsNoHospitalPilot() {
        ExtractionResult r = read("2019年5月，省卫生健康委确定浙江省台州医院、临海市杜桥镇中心卫生院、" + "椒江区海门街道社区卫生服务中心为中医药服务试点单位。");
        assertThat(r.pilots()).extracting(PilotFact::hospital).containsExactly("浙江省台州医院");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("浙江省台州医院");
    }

    // consortia

    @Test
    void theOneHospitalThatAlliesTheOthersToFormAGroupLeadsIt() {
        ExtractionResult r = read("6月1日，牡丹江市第一人民医院联合宁安市人民医院、海林市人民医院等8家医院组建牡丹江医疗集团。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("牡丹江市第一人民医院", "宁安市人民医院"), List.of("牡丹江市第一人民医院", "海林市人民医院"));
    }

    @Test
    void aGroupThatIsOneHospitalAlliedWithOthersIsLedByIt() {
        ExtractionResult r = read("牡丹江医疗集团是牡丹江市第一人民医院联合宁安市人民医院、黑龙江省林业科学院(林研)、海林市人民医院等组成。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("牡丹江市第一人民医院", "宁安市人民医院"), List.of("牡丹江市第一人民医院", "海林市人民医院"));
    }

    @Test
    void anAllianceForSomethingElseIsNoConsortium() {
        assertThat(memberships(read("6月1日，牡丹江市第一人民医院联合宁安市人民医院、海林市人民医院开展义诊活动。"))).isEmpty();
    }

    @Test
    void theCountOfHospitalsTakingPartInAGroupTheSubjectLeadsIsItsPartnerCount() {
        ExtractionResult r = read("6月1日，由牡丹江市第一人民医院牵头、27家医院参加的牡丹江医疗集团正式成立。");
        assertThat(r.indicators())
                .extracting(
                        IndicatorFact::hospital,
                        IndicatorFact::code,
                        i -> i.value().intValue())
                .containsExactly(tuple("牡丹江市第一人民医院", "consortium_partner_hospitals", 27));
    }

    @Test
    void thePlacesCountedBeforeTheHospitalsAreNoPartnerCount() {
        ExtractionResult r = read("2020年，牡丹江市第一人民医院联合全国12个省市自治区31所医院组成心血管专科联盟。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, i -> i.value().intValue())
                .containsExactly(tuple("consortium_partner_hospitals", 31));
    }

    @Test
    void centresCountedBeforeTheHospitalsCountedAreNotSkipped() {
        ExtractionResult r = read("2020年，牡丹江市第一人民医院与全市27个镇卫生院、3家农场医院构建紧密型医联体。");
        assertThat(r.indicators()).noneMatch(i -> i.value().intValue() == 3);
    }

    @Test
    void aPartnersOtherNameInBracketsDoesNotHideItsGroupTitle() {
        ExtractionResult r =
                read("宁安市中医医院始建于1958年，承担全市中医诊疗工作。是哈尔滨市第一医院(哈尔滨医科大学附属第五医院)集团医院，" + "黑龙江中医药大学教学医院。医院有省级重点专科3个。");
        assertThat(memberships(r)).containsExactly(List.of("哈尔滨市第一医院", "宁安市中医医院"));
        assertThat(r.indicators()).extracting(IndicatorFact::hospital).containsExactly("宁安市中医医院");
    }

    @Test
    void aRegionalCentreHostedByAHospitalWhoseOutputSideIsNoHospitalHasNoLead() {
        ExtractionResult r = read("2021年6月，国家区域医疗中心依托伊犁州友谊医院建设，实行执行院长负责制。");
        assertThat(memberships(r)).containsExactly(List.of("null", "伊犁州友谊医院"));
    }

    @Test
    void aRegionalCentreProjectNamedAfterItsOutputHospitalIsNoLeadlessCentre() {
        ExtractionResult r = read("国家区域医疗中心第三批试点项目：江苏省人民医院伊犁医院(依托伊犁州友谊医院)。");
        assertThat(memberships(r)).doesNotContain(List.of("null", "伊犁州友谊医院"));
    }

    @Test
    void hospitalsIntegratedToFormANewOneAreMergedIntoIt() {
        ExtractionResult r = read("2020年，伊宁市全面整合伊宁市第一人民医院、伊宁市第二人民医院资源，组建伊宁市中心医院。");
        assertThat(r.consortia()).singleElement().satisfies(c -> {
            assertThat(c.lead()).isEqualTo("伊宁市中心医院");
            assertThat(c.members())
                    .extracting(ConsortiumFact.Member::hospital, ConsortiumFact.Member::role)
                    .containsExactlyInAnyOrder(
                            tuple("伊宁市中心医院", "lead"), tuple("伊宁市第一人民医院", "merged"), tuple("伊宁市第二人民医院", "merged"));
        });
    }

    // pilots: a list of names one per line under its announcement

    @Test
    void namesOnePerLineUnderAnAnnouncementOfSelectedHospitalsAreDesignated() {
        ExtractionResult r = read(
                "4月2日，国家卫生健康委公布了首批国家日间手术试点医院，600家医院入选，其中天津市有3家。\n\n" + "天津医院\n\n天津医科大学总医院\n\n空港医院\n\n日间手术能缩短患者等待时间。");
        assertThat(r.pilots()).extracting(PilotFact::hospital).containsExactlyInAnyOrder("天津医院", "天津医科大学总医院", "空港医院");
    }

    @Test
    void aNameWithoutAPlaceOnALineOfItsOwnAloneIsNoRow() {
        ExtractionResult r = read("4月2日，国家卫生健康委公布了首批国家日间手术试点医院，600家医院入选。\n\n空港医院\n\n日间手术能缩短患者等待时间。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).doesNotContain("空港医院");
    }
}
