package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import org.junit.jupiter.api.Test;

/**
 * Families of wording the sixth fresh blind set (z401–z413 joined the development set) showed, each pinned on a
 * sentence written for the test. How well they work is measured on real texts only (eval/).
 */
class SixthBlindSetWordingTest {

    // consortia

    @Test
    void hospitalsThatJointlyProposedAnAllianceCoLeadIt() {
        ExtractionResult r = read("2018年11月，由长春市儿童医院、大连市儿童医院共同倡议发起的“东北儿童医院发展联盟”在大连成立。");
        assertThat(r.consortia()).singleElement().satisfies(c -> {
            assertThat(c.lead()).isNull();
            assertThat(c.members()).extracting(ConsortiumFact.Member::hospital).containsExactly("长春市儿童医院", "大连市儿童医院");
        });
    }

    @Test
    void hospitalsListedAsJoiningLaterJoinTheOneCoLedAlliance() {
        ExtractionResult r =
                read("2018年11月，由长春市儿童医院、大连市儿童医院共同发起的“东北儿童医院发展联盟”在大连成立。" + "本次论坛上，16家医院也正式加入联盟，分别是：丹东市妇女儿童医院、吉林市儿童医院。");
        assertThat(r.consortia())
                .singleElement()
                .satisfies(c -> assertThat(c.members())
                        .extracting(ConsortiumFact.Member::hospital)
                        .containsExactly("长春市儿童医院", "大连市儿童医院", "丹东市妇女儿童医院", "吉林市儿童医院"));
    }

    @Test
    void hospitalsJoiningWithoutAnyConsortiumNamedBeforeJoinNothing() {
        ExtractionResult r = read("本次论坛上，16家医院也正式加入联盟，分别是：丹东市妇女儿童医院、吉林市儿童医院。");
        assertThat(memberships(r)).isEmpty();
    }
}
