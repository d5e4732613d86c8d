package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families the nineteenth round fixed (from the development texts' failures), each pinned on a sentence written for
 * the test. How well they work is measured on real texts only (eval/).
 */
class NineteenthRoundWordingTest {

    @Test
    void aBodySentenceNamingTwoHospitalsOfDifferentTiersAndAPartnerWordPairsThem() {
        ExtractionResult r = read("签约仪式上，双方为山西省中医院合作医院授牌，并为阳曲县中医院新任院长颁发院长聘任书。");
        assertThat(memberships(r)).containsExactly(List.of("山西省中医院", "阳曲县中医院"));
        assertThat(r.consortia()).singleElement().satisfies(c -> {
            assertThat(c.confidence()).isEqualTo(0.5);
            assertThat(c.type()).isEqualTo("other");
        });
        // the larger leads wherever it stands; 经研究决定 is no research
        assertThat(memberships(read("阳曲县中医院新任院长到任，山西省中医院专家团队继续对口帮扶。"))).containsExactly(List.of("山西省中医院", "阳曲县中医院"));
        assertThat(memberships(read("经研究决定，双方为山西省中医院合作医院授牌，并为阳曲县中医院新任院长颁发聘书。")))
                .containsExactly(List.of("山西省中医院", "阳曲县中医院"));
        // no partner word: two hospitals named side by side
        assertThat(memberships(read("山西省中医院专家到阳曲县中医院出诊。"))).isEmpty();
    }

    @Test
    void twoHospitalsOfOneTierAreNoPairByThemselves() {
        assertThat(memberships(read("密云区医院与滦平县医院签订对口支援合作协议。"))).isEmpty();
    }

    @Test
    void aVisitAMeetingTrainingOrThirdPartyIsNoPartnership() {
        assertThat(memberships(read("山西省中医院专家到阳曲县中医院开展帮扶培训。"))).isEmpty();
        assertThat(memberships(read("山西省中医院与阳曲县中医院召开对口帮扶工作会议，总结一年来的工作。"))).isEmpty();
        assertThat(memberships(read("阳曲县中医院与我院和山西省中医院积极接触，展开全面合作，今天终于签约。"))).isEmpty();
        // the meeting room of a signing is no meeting
        assertThat(memberships(read("山西省中医院与阳曲县中医院在县政府会议室举行帮扶签约仪式，双方院长签字。")))
                .containsExactly(List.of("山西省中医院", "阳曲县中医院"));
    }

    @Test
    void guestsListedAtAnEventAreNoPartnersUnlessTheyAttendASigning() {
        assertThat(memberships(read("重庆医科大学附属口腔医院纪委书记、重庆市中医院党委书记等百余人参会，共商医联体建设。")))
                .isEmpty();
        assertThat(memberships(read("县中医医院党政领导班子，攀枝花市中西医结合医院院长等领导专家出席签约仪式，米易县中医医院承办。")))
                .containsExactly(List.of("攀枝花市中西医结合医院", "米易县中医医院"));
    }

    @Test
    void aNameInBracketsIsTheSameHospitalNotAPartner() {
        assertThat(memberships(read("南华大学附属南华医院（衡阳市南华医院）揭牌，全院职工出席。"))).isEmpty();
    }

    @Test
    void onlyNamesThatOpenWithTheirPlaceOrOwnerArePartners() {
        assertThat(SentencePairs.namesAHospital("阳曲县中医院")).isTrue();
        assertThat(SentencePairs.namesAHospital("成大附院")).isTrue();
        assertThat(SentencePairs.namesAHospital("西南医科大学附属医院")).isTrue();
        assertThat(SentencePairs.namesAHospital("中山市老牌二甲医院")).isFalse();
        assertThat(SentencePairs.namesAHospital("发挥附属医院")).isFalse();
        assertThat(SentencePairs.namesAHospital("医疗团队直驻社区医院")).isFalse();
    }

    @Test
    void aPartnerWordMustStandBeforeTheSecondNameOrInItsClause() {
        assertThat(memberships(read("山西省中医院专家到阳曲县中医院出诊，当地群众称赞医联体建设成效明显。"))).isEmpty();
        // the signing the guests attend is named after them, in the clause of the second name
        assertThat(memberships(read("阳曲县中医院党政领导班子，山西省中医院院长、副院长等领导专家出席签约仪式，仪式由县长主持。")))
                .containsExactly(List.of("山西省中医院", "阳曲县中医院"));
    }

    @Test
    void aTransferAMoveAComparisonAnAwardOrCongratulationsIsNoPartnership() {
        assertThat(memberships(read("患者在阳曲县中医院签约家庭医生后，因病情危重被转至山西省中医院救治。"))).isEmpty();
        assertThat(memberships(read("张三医生曾在阳曲县中医院从事医联体工作，2015年调入山西省中医院。"))).isEmpty();
        assertThat(memberships(read("在医联体建设上，山西省中医院与阳曲县中医院相比起步更早。"))).isEmpty();
        assertThat(memberships(read("在医联体建设评比中，山西省中医院院长获得“全国优秀院长”称号，阳曲县中医院获表彰。")))
                .isEmpty();
        assertThat(memberships(read("山西省中医院院长获得表彰，阳曲县中医院院长获“医联体建设先进个人”。"))).isEmpty();
        assertThat(memberships(read("阳曲县中医院揭牌成立胸痛救治单元，山西省中医院专家到场祝贺。"))).isEmpty();
        assertThat(memberships(read("2023年全省医联体工作现场会在山西省中医院举行，阳曲县中医院作为典型作了发言。")))
                .isEmpty();
        assertThat(memberships(read("山西省中医院胸痛中心正式揭牌仪式在阳曲县中医院举行。"))).isEmpty();
    }

    @Test
    void aStudyVisitIsNoPartnership() {
        assertThat(memberships(read("阳曲县中医院院长一行到山西省中医院考察学习医联体建设经验。"))).isEmpty();
    }

    @Test
    void coFoundersOfAnAllianceWithoutALeadAreNotPairedAfterwards() {
        assertThat(memberships(read("山西省中医院和阳曲县中医院共同发起成立山西中医专科联盟，签约仪式在太原举行。")))
                .containsExactly(List.of("null", "山西省中医院"), List.of("null", "阳曲县中医院"));
    }

    @Test
    void guestsWhoWitnessAreNoPartnersButASigningInTheirPresenceIs() {
        assertThat(memberships(read("山西省中医院院长和阳曲县中医院院长出席并见证签约仪式。"))).isEmpty();
        assertThat(memberships(read("在双方领导的见证下，双方为山西省中医院合作医院授牌，并为阳曲县中医院新任院长颁发院长聘任书。")))
                .containsExactly(List.of("山西省中医院", "阳曲县中医院"));
    }

    @Test
    void aDepartmentsCentreIsNoPartnershipButARegionalMedicalCentreIs() {
        assertThat(memberships(read("山西省中医院胸痛中心揭牌仪式在阳曲县中医院举行。"))).isEmpty();
        assertThat(memberships(read("签约当天，山西省中医院区域医疗中心揭牌，阳曲县中医院院长出席。"))).containsExactly(List.of("山西省中医院", "阳曲县中医院"));
    }

    @Test
    void aMemberAnotherHospitalLeadsGetsNoSecondLeadFromASentenceAlone() {
        assertThat(memberships(read("四川大学华西医院全面托管眉山市人民医院。此后，山西省中医院专家到眉山市人民医院开展帮扶。")))
                .containsExactly(List.of("四川大学华西医院", "眉山市人民医院"));
    }

    @Test
    void aPairAnotherRuleReadIsNotReadAgain() {
        ExtractionResult r = read("四川大学华西医院与眉山市人民医院签署紧密型医联体合作协议，双方将深化合作。");
        assertThat(memberships(r)).containsExactly(List.of("四川大学华西医院", "眉山市人民医院"));
        assertThat(r.consortia())
                .singleElement()
                .satisfies(c -> assertThat(c.confidence()).isGreaterThan(0.5));
    }
}
