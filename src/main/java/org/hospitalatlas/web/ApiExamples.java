package org.hospitalatlas.web;

/**
 * Parameter texts and answer examples shared by the comparison endpoints' OpenAPI documentation. The parameter
 * examples name hospitals of the seed documents, so that "try it out" answers on the demo data; the answer
 * examples are illustrative (a made-up hospital and report), shaped like real answers (OpenApiDocumentIT).
 */
public final class ApiExamples {

    private ApiExamples() {}

    public static final String CHENZHOU = "chen-zhou-shi-di-yi-ren-min-yi-yuan";
    public static final String JINGZHOU = "jing-zhou-shi-di-yi-ren-min-yi-yuan";
    public static final String HOSPITALS = CHENZHOU + "," + JINGZHOU;

    public static final String HOSPITALS_TEXT =
            "Comma-separated hospital slugs, at most 50 (see GET /api/v1/hospitals)";
    public static final String YEAR_TEXT =
            "A year from 1900 to 2100, or 'latest' for each hospital's latest year with a value";
    public static final String KIND_TEXT =
            "level (the figure itself) or yoy_change_pct (a year-on-year change a document states); derived "
                    + "indicators have levels only";
    public static final String INDICATOR_TEXT =
            "An indicator code: the catalogue (GET /api/v1/indicators) or a derived ratio "
                    + "(GET /api/v1/compare/indicators)";
    public static final String PAGE_TEXT = "Page number, from 0";
    public static final String SIZE_TEXT = "Page size, 1 to 500";
    public static final String PROVINCE_TEXT = "Province, full or short (湖南省 or 湖南)";
    public static final String MIN_CONFIDENCE_TEXT =
            "Leave out facts read with a lower confidence, 0 to 1 (default 0: every fact). Each fact's confidence is "
                    + "in its evidence; bulk-imported facts have 1. A derived ratio needs both inputs this confident";

    public static final String REVIEW_TEXT =
            "confirmed: only figures a person confirmed or corrected (a corrected one with"
                    + " its corrected value); any (the default): every figure but rejected ones, which are never used";

    public static final String COMPARE = """
            {
              "indicator": {"code": "beds_open", "nameZh": "实际开放床位数", "nameEn": "Open beds", "unit": "beds",
                            "better": "neutral", "category": "capacity", "derived": false, "inputs": null,
                            "definition": "实际开放床位（年末）"},
              "year": 2021,
              "kind": "level",
              "rows": [
                {"hospital": {"slug": "shi-li-shi-di-yi-ren-min-yi-yuan", "name": "示例市第一人民医院",
                              "province": "湖南省", "city": "示例市", "level": "三级甲等", "category": "综合"},
                 "indicator": "beds_open", "year": 2021, "value": 1200, "unit": "beds", "qualifier": "exact",
                 "kind": "level",
                 "evidence": [{"indicator": "beds_open", "document": "example-report", "start": 12,
                               "end": 24, "quote": "医院开放床位1200张，", "confidence": 0.86, "fact": 42,
                               "review": "confirmed"}],
                 "conflicts": [{"indicator": "beds_open", "value": 1150, "qualifier": "approx",
                                "document": "older-report", "publishedOn": "2021-03-02", "start": 40, "end": 50,
                                "quote": "开放床位1150余张", "confidence": 0.9}]},
                {"hospital": {"slug": "jing-zhou-shi-di-yi-ren-min-yi-yuan", "name": "荆州市第一人民医院",
                              "province": "湖北省", "city": "荆州市", "level": "三级甲等", "category": "综合"},
                 "indicator": "beds_open", "year": null, "value": null, "unit": "beds", "qualifier": null,
                 "kind": "level", "evidence": [], "conflicts": []}
              ]
            }""";

    public static final String RANKING = """
            {
              "indicator": {"code": "avg_length_of_stay", "nameZh": "出院者平均住院日", "nameEn": "Average length of stay",
                            "unit": "days", "better": "lower", "category": "efficiency", "derived": false,
                            "inputs": null, "definition": "出院者占用总床日数/出院人数"},
              "year": 2021, "kind": "level", "order": "asc",
              "peerGroup": {"province": "湖南", "level": null, "category": "综合", "count": 3, "median": 7.2},
              "items": [
                {"rank": 1, "percentile": 100, "hospital": {"slug": "a", "name": "甲医院", "province": "湖南省",
                 "city": "长沙市", "level": "三级甲等", "category": "综合"}, "year": 2021, "value": 7.2,
                 "unit": "days", "qualifier": "exact", "evidence": []},
                {"rank": 1, "percentile": 100, "hospital": {"slug": "b", "name": "乙医院", "province": "湖南省",
                 "city": "郴州市", "level": "三级", "category": "综合"}, "year": 2021, "value": 7.2,
                 "unit": "days", "qualifier": "exact", "evidence": []},
                {"rank": 3, "percentile": 0, "hospital": {"slug": "c", "name": "丙医院", "province": "湖南省",
                 "city": "衡阳市", "level": "三级甲等", "category": "综合"}, "year": 2021, "value": 8.5,
                 "unit": "days", "qualifier": "approx", "evidence": []}
              ],
              "page": 0, "size": 20, "totalItems": 3, "totalPages": 1
            }""";

    public static final String CSV_COMPARE = """
            hospital.slug,hospital.name,hospital.province,hospital.city,hospital.level,hospital.category,indicator,\
            year,value,unit,qualifier,kind,evidence.indicator,evidence.document,evidence.start,evidence.end,\
            evidence.quote,evidence.confidence,evidence.fact,evidence.review,conflicts.indicator,conflicts.value,conflicts.qualifier,conflicts.document,\
            conflicts.publishedOn,conflicts.start,conflicts.end,conflicts.quote,conflicts.confidence
            shi-li-shi-di-yi-ren-min-yi-yuan,示例市第一人民医院,湖南省,示例市,三级甲等,综合,beds_open,2021,1200,beds,\
            exact,level,beds_open,example-report,12,24,医院开放床位1200张，,0.86,42,confirmed,beds_open,1150,approx,older-report,\
            2021-03-02,40,50,开放床位1150余张,0.9""";
}
