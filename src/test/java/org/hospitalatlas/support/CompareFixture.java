package org.hospitalatlas.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hospitals, figures, pilots and consortia of an invented province, 对比省, for the comparison tests.
 * Idempotent (the Spring context and its database are shared by every integration test), and in a
 * province of its own so that other tests' counts never see these rows.
 *
 * <p>Open beds 2021: alpha 1000, beta 1000 (a tie), gamma 800, delta 500; alpha 2022: 1100. Alpha also
 * has targets (9999 for 2021, 2000 for 2025) that must never show. Average stay 2021 (lower is better):
 * beta 7.2, gamma 7.2 (a tie), alpha 8.5, delta 9.0.
 */
public final class CompareFixture {

    public static final String PROVINCE = "对比省";
    public static final String DOCUMENT = "cmp-fixture";
    public static final String ALPHA = "cmp-alpha";
    public static final String BETA = "cmp-beta";
    public static final String GAMMA = "cmp-gamma";
    public static final String DELTA = "cmp-delta";
    public static final String EMPTY = "cmp-empty";
    public static final String GROUP = "cmp-group";
    public static final String COMMUNITY = "cmp-community";

    public static final String TEXT = """
            对比市第一人民医院2021年实际开放床位1000张，业务收入5亿元，在职职工1250人，出院人次3万人次。\
            对比市第二人民医院2021年实际开放床位1000张，业务收入约4亿元。\
            对比市中医院2021年实际开放床位800张。对比县人民医院2021年实际开放床位500张。\
            对比市第一人民医院2022年实际开放床位1100张。计划2021年对比市第一人民医院床位达9999张。\
            到2025年，对比市第一人民医院床位将达2000张。\
            2020年对比市第一人民医院门诊人次90万，2021年门诊人次100万，同比增长11.1%。\
            2021年平均住院日：第一人民医院8.5天，第二人民医院7.2天，中医院7.2天，县人民医院9.0天。\
            2019年对比市第一人民医院被列为国家DRG付费试点医院。2019年对比市第二人民医院被列为省级DRG付费试点医院。\
            2020年对比市中医院被列为省级薪酬制度改革试点医院。\
            2021年6月，对比市医疗集团成立，由对比市第一人民医院牵头，对比市第二人民医院、对比县人民医院加入。\
            2020年，对比县医共体成立，对比县人民医院牵头，对比市中医院加入。""";

    private CompareFixture() {}

    /** The id of the hospital with {@code slug} (the fixture's or any other); fails when there is none. */
    public static long hospitalId(JdbcClient jdbc, String slug) {
        return jdbc.sql("select id from hospital where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    public static void ensure(JdbcClient jdbc) {
        jdbc.sql("""
                        insert into hospital (slug, name_zh, province, city, level, category)
                        values ('cmp-alpha', '对比市第一人民医院', '对比省', '对比市', '三级甲等', '综合'),
                               ('cmp-beta', '对比市第二人民医院', '对比省', '对比市', '三级甲等', '综合'),
                               ('cmp-gamma', '对比市中医院', '对比省', '对比市', '三级甲等', '中医'),
                               ('cmp-delta', '对比县人民医院', '对比省', '对比市', '二级甲等', '综合'),
                               ('cmp-empty', '对比市妇幼保健院', '对比省', '对比市', '三级乙等', '妇幼')
                        on conflict do nothing
                        """).update();
        jdbc.sql("""
                        insert into source_document (slug, title, publisher, published_on, sha256, body)
                        values (:slug, '对比省医院工作简报（测试）', '对比省卫健委', date '2022-03-01',
                                'c0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ff', :body)
                        on conflict do nothing
                        """).param("slug", DOCUMENT).param("body", TEXT).update();
        value(jdbc, ALPHA, "beds_open", 2021, "level", "1000", false, "对比市第一人民医院2021年实际开放床位1000张");
        value(jdbc, BETA, "beds_open", 2021, "level", "1000", false, "对比市第二人民医院2021年实际开放床位1000张");
        value(jdbc, GAMMA, "beds_open", 2021, "level", "800", false, "对比市中医院2021年实际开放床位800张");
        value(jdbc, DELTA, "beds_open", 2021, "level", "500", false, "对比县人民医院2021年实际开放床位500张");
        value(jdbc, ALPHA, "beds_open", 2022, "level", "1100", false, "对比市第一人民医院2022年实际开放床位1100张");
        value(jdbc, ALPHA, "beds_open", 2021, "level", "9999", true, "计划2021年对比市第一人民医院床位达9999张");
        value(jdbc, ALPHA, "beds_open", 2025, "level", "2000", true, "到2025年，对比市第一人民医院床位将达2000张");
        value(jdbc, ALPHA, "revenue", 2021, "level", "500000000", false, "业务收入5亿元");
        value(jdbc, BETA, "revenue", 2021, "level", "400000000", "approx", false, "业务收入约4亿元");
        value(jdbc, ALPHA, "staff_total", 2021, "level", "1250", false, "在职职工1250人");
        value(jdbc, ALPHA, "discharges", 2021, "level", "30000", false, "出院人次3万人次");
        value(jdbc, ALPHA, "outpatient_visits", 2020, "level", "900000", false, "2020年对比市第一人民医院门诊人次90万");
        value(jdbc, ALPHA, "outpatient_visits", 2021, "level", "1000000", false, "2021年门诊人次100万");
        value(jdbc, ALPHA, "outpatient_visits", 2021, "yoy_change_pct", "11.1", false, "同比增长11.1%");
        value(jdbc, ALPHA, "avg_length_of_stay", 2021, "level", "8.5", false, "第一人民医院8.5天");
        value(jdbc, BETA, "avg_length_of_stay", 2021, "level", "7.2", false, "第二人民医院7.2天");
        value(jdbc, GAMMA, "avg_length_of_stay", 2021, "level", "7.2", false, "中医院7.2天");
        value(jdbc, DELTA, "avg_length_of_stay", 2021, "level", "9.0", false, "县人民医院9.0天");

        pilot(jdbc, ALPHA, "国家DRG付费试点医院", "national", "drg_dip_payment", 2019);
        pilot(jdbc, BETA, "省级DRG付费试点医院", "provincial", "drg_dip_payment", 2019);
        pilot(jdbc, GAMMA, "省级薪酬制度改革试点医院", "provincial", "salary_reform", 2020);

        consortium(jdbc, GROUP, "对比市医疗集团", "city_medical_group", "2021-06-01", "month", "2021年6月，对比市医疗集团成立");
        consortium(jdbc, COMMUNITY, "对比县医共体", "county_medical_community", "2020-01-01", "year", "2020年，对比县医共体成立");
        member(jdbc, GROUP, ALPHA, "lead", "由对比市第一人民医院牵头");
        member(jdbc, GROUP, BETA, "member", "对比市第二人民医院、对比县人民医院加入");
        member(jdbc, GROUP, DELTA, "member", "对比市第二人民医院、对比县人民医院加入");
        member(jdbc, COMMUNITY, DELTA, "lead", "对比县人民医院牵头");
        member(jdbc, COMMUNITY, GAMMA, "member", "对比市中医院加入");

        mention(jdbc, ALPHA, true, "对比市第一人民医院2021年实际开放床位1000张");
        mention(jdbc, BETA, false, "对比市第二人民医院2021年实际开放床位1000张");
    }

    public static int start(String quote) {
        return rows(null).start(quote);
    }

    /** The confidence of every fact of this fixture. */
    private static final String CONFIDENCE = "0.9";

    private static void value(
            JdbcClient jdbc,
            String hospital,
            String code,
            int year,
            String kind,
            String value,
            boolean target,
            String quote) {
        value(jdbc, hospital, code, year, kind, value, "exact", target, quote);
    }

    private static void value(
            JdbcClient jdbc,
            String hospital,
            String code,
            int year,
            String kind,
            String value,
            String qualifier,
            boolean target,
            String quote) {
        rows(jdbc).value(hospital, code, year, kind, value, qualifier, target, CONFIDENCE, quote);
    }

    private static void pilot(
            JdbcClient jdbc, String hospital, String designation, String level, String category, int year) {
        rows(jdbc).pilot(hospital, designation, level, category, year, CONFIDENCE);
    }

    private static void consortium(
            JdbcClient jdbc,
            String slug,
            String name,
            String type,
            String established,
            String precision,
            String quote) {
        rows(jdbc).consortium(slug, name, type, established, precision, CONFIDENCE, quote);
    }

    private static void member(JdbcClient jdbc, String consortium, String hospital, String role, String quote) {
        rows(jdbc).member(consortium, hospital, role, CONFIDENCE, quote);
    }

    private static void mention(JdbcClient jdbc, String hospital, boolean main, String quote) {
        rows(jdbc).mention(hospital, main, quote);
    }

    private static FixtureRows rows(JdbcClient jdbc) {
        return new FixtureRows(jdbc, DOCUMENT, TEXT);
    }
}
