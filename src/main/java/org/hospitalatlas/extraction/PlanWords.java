package org.hospitalatlas.extraction;

/**
 * Words of policy that mark a sentence as a plan (支持…牵头组建, 推动…建设, 支持下辖的A牵头组建) unless they are the
 * circumstance of a done act, closed by 下 and a comma: "在…的大力支持下，A与B签署", "在…支持和指导下，", "在…支持指导下，",
 * "在…的积极推动下，". Each reader keeps its own list of the other plan words (将, 拟, 计划 …): they differ by what it reads.
 */
final class PlanWords {

    private static final String NOT_CIRCUMSTANCE = "(?!(?:[和与、及]?[\\u4e00-\\u9fa5]{1,3}?){0,2}下\\s*[，,])";

    /** 支持, not in "在…支持下". */
    static final String SUPPORT = "支持" + NOT_CIRCUMSTANCE;

    /** 推动, not in "在…推动下". */
    static final String PUSH = "推动" + NOT_CIRCUMSTANCE;

    private PlanWords() {}
}
