package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PilotAndConsortiumExtractionTest {

    private final DocumentExtractor extractor = DocumentExtractor.withDefaultResources();

    @Test
    void splitsTwoDesignationsInOneSentence() {
        List<PilotFact> pilots = extractor
                .extract(
                        "绵阳市中心医院坚持改革。2019年被列为四川省公立医院薪酬制度改革试点医院和绵阳市DIP付费改革试点单位；2020年被确定为国家公立医院高质量发展示范医院。",
                        DocumentMetadata.none())
                .pilots();
        assertThat(pilots).extracting(PilotFact::level).containsExactly("provincial", "municipal", "national");
        assertThat(pilots)
                .extracting(PilotFact::category)
                .containsExactly("salary_reform", "drg_dip_payment", "high_quality_demo");
        assertThat(pilots).extracting(PilotFact::year).containsExactly(2019, 2019, 2020);
        assertThat(pilots).allSatisfy(p -> assertThat(p.hospital()).isEqualTo("绵阳市中心医院"));
    }

    @Test
    void readsDesignationStatedWithYearInside() {
        List<PilotFact> pilots = extractor
                .extract("德阳市人民医院是 2021 年省级现代医院管理制度试点单位。", DocumentMetadata.none())
                .pilots();
        assertThat(pilots).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("省级现代医院管理制度试点单位");
            assertThat(p.year()).isEqualTo(2021);
            assertThat(p.category()).isEqualTo("modern_hospital_management");
        });
    }

    @Test
    void readsCityMedicalGroupWithMonthPrecision() {
        List<ConsortiumFact> consortia = extractor
                .extract("柳州市工人医院坚持公益性。2022年3月，柳州市工人医院城市医疗集团正式挂牌成立。", DocumentMetadata.none())
                .consortia();
        assertThat(consortia).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("city_medical_group");
            assertThat(c.lead()).isEqualTo("柳州市工人医院");
            assertThat(c.established()).isEqualTo(new ConsortiumFact.Established(2022, 3, null, "month"));
        });
    }

    @Test
    void readsOutputAndInputHospitalsOfARegionalCentre() {
        List<ConsortiumFact> consortia = extractor
                .extract("由四川大学华西医院为输出医院、德阳市人民医院为输入医院，合作建设国家区域医疗中心。", DocumentMetadata.none())
                .consortia();
        assertThat(consortia).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("regional_medical_center");
            assertThat(c.members())
                    .extracting(ConsortiumFact.Member::role)
                    .containsExactly("output_hospital", "input_hospital");
        });
    }

    @Test
    void readsIntegrationWithMergedMemberAndDay() {
        List<ConsortiumFact> consortia = extractor
                .extract("2023年4月18日，绵阳市中医医院与绵阳市骨科医院进行整合，组建“绵阳市中医医院骨伤医院”。", DocumentMetadata.none())
                .consortia();
        assertThat(consortia).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("绵阳市中医医院骨伤医院");
            assertThat(c.members()).extracting(ConsortiumFact.Member::role).containsExactly("lead", "merged");
            assertThat(c.established()).isEqualTo(new ConsortiumFact.Established(2023, 4, 18, "day"));
        });
    }
}
