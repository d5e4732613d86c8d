package org.hospitalatlas.fhir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * The atlas's own code systems and the URIs it names things by. The URIs are names, not addresses: nothing is
 * served there, and they never depend on where the app runs. Each local code system is also exported as a
 * {@code CodeSystem} resource ({@code GET /fhir/$export?_type=CodeSystem}), so a validator can check every code.
 */
final class AtlasCodeSystems {

    static final String NAMESPACE = "https://hospital-atlas.org/fhir/";

    static final String HOSPITAL_SLUG = NAMESPACE + "sid/hospital-slug";
    static final String CONSORTIUM_SLUG = NAMESPACE + "sid/consortium-slug";
    static final String DOCUMENT_SLUG = NAMESPACE + "sid/document-slug";
    static final String DOCUMENT_SHA256 = NAMESPACE + "sid/document-sha256";

    static final String MEASURE = NAMESPACE + "Measure/";

    /** On Address.state, .city and .district: the division's GB/T 2260 code (valueCode, six digits). */
    static final String DIVISION_CODE = NAMESPACE + "StructureDefinition/gb-t-2260-code";
    /** On Provenance.entity: quote, start, end, confidence, sourceLine (complex extension). */
    static final String EVIDENCE = NAMESPACE + "StructureDefinition/evidence";
    /** On MeasureReport.group.measureScore: true when the text gave the figure as approximate (余/约/近/左右). */
    static final String APPROXIMATE = NAMESPACE + "StructureDefinition/approximate";

    static final String HL7_ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";
    static final String HL7_PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String HL7_IMPROVEMENT_NOTATION = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String ISO_4217 = "urn:iso:std:iso:4217";

    /** One local code system: its URI, and its codes with their Chinese display (the atlas's stored value). */
    record Local(String id, String url, String title, Map<String, String> displays) {

        String display(String code) {
            return displays.get(code);
        }

        /** The code whose display is {@code display}, or null. */
        String codeOf(String display) {
            for (Map.Entry<String, String> e : displays.entrySet()) {
                if (e.getValue().equals(display)) {
                    return e.getKey();
                }
            }
            return null;
        }

        CodeSystem toResource() {
            CodeSystem system = new CodeSystem();
            system.setId(id);
            system.setUrl(url);
            system.setName(title.replaceAll("[^A-Za-z]", ""));
            system.setTitle(title);
            system.setStatus(PublicationStatus.ACTIVE);
            system.setCaseSensitive(true);
            system.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
            system.setPublisher("Hospital Atlas");
            displays.forEach(
                    (code, display) -> system.addConcept().setCode(code).setDisplay(display));
            system.setCount(displays.size());
            return system;
        }
    }

    /** The level column's values (V002 ck_hospital_level), graded 三级甲等 = 3A …. */
    static final Local HOSPITAL_LEVEL = local(
            "hospital-level",
            "Hospital level (医院等级)",
            "3S",
            "三级特等",
            "3A",
            "三级甲等",
            "3B",
            "三级乙等",
            "3C",
            "三级丙等",
            "3",
            "三级",
            "2A",
            "二级甲等",
            "2B",
            "二级乙等",
            "2C",
            "二级丙等",
            "2",
            "二级",
            "1A",
            "一级甲等",
            "1B",
            "一级乙等",
            "1C",
            "一级丙等",
            "1",
            "一级",
            "ungraded",
            "未定级");

    static final Local HOSPITAL_CATEGORY = local(
            "hospital-category",
            "Hospital category (医院类别)",
            "general",
            "综合",
            "tcm",
            "中医",
            "integrated",
            "中西医结合",
            "maternal-child",
            "妇幼",
            "children",
            "儿童",
            "oncology",
            "肿瘤",
            "orthopaedic",
            "骨科",
            "specialty",
            "专科",
            "primary",
            "基层");

    static final Local HOSPITAL_OWNERSHIP =
            local("hospital-ownership", "Hospital ownership (所有制)", "public", "公立", "private", "民营");

    static final Local CONSORTIUM_TYPE = local(
            "consortium-type",
            "Consortium type (医联体类型)",
            "city_medical_group",
            "城市医疗集团",
            "county_medical_community",
            "县域医共体",
            "specialty_alliance",
            "专科联盟",
            "tele_medicine_network",
            "远程医疗协作网",
            "regional_medical_center",
            "区域医疗中心",
            "hospital_group",
            "医院集团",
            "other",
            "其他医联体");

    static final Local CONSORTIUM_ROLE = local(
            "consortium-role",
            "Role in a consortium (医联体角色)",
            "lead",
            "牵头单位",
            "member",
            "成员单位",
            "output_hospital",
            "输出医院（托管、帮扶方）",
            "input_hospital",
            "受援医院（被托管方）",
            "merged",
            "整合组建的医院");

    static final Local INDICATOR_KIND =
            local("indicator-kind", "Kind of indicator figure (指标数值类型)", "level", "年度数值", "yoy_change_pct", "同比增减（%）");

    static final List<Local> ALL = List.of(
            HOSPITAL_LEVEL, HOSPITAL_CATEGORY, HOSPITAL_OWNERSHIP, CONSORTIUM_TYPE, CONSORTIUM_ROLE, INDICATOR_KIND);

    private AtlasCodeSystems() {}

    private static Local local(String id, String title, String... codesAndDisplays) {
        Map<String, String> displays = new LinkedHashMap<>();
        for (int i = 0; i < codesAndDisplays.length; i += 2) {
            displays.put(codesAndDisplays[i], codesAndDisplays[i + 1]);
        }
        return new Local(id, NAMESPACE + "CodeSystem/" + id, title, Collections.unmodifiableMap(displays));
    }
}
