package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level of a pilot designation (national, provincial, municipal, county): from its own wording (国家, 湖南省,
 * 郴州市, 县), from the body that designates ("被国家卫生健康委公布为…"), and one designation per level a list names
 * ("国家、省、市三级“…试点医院”").
 */
final class PilotLevels {

    private PilotLevels() {}

    private static final Pattern LEVEL_WORD = Pattern.compile("国家|全国|自治区|自治州|省|市|县|区");

    /** "国家、省、市三级“…试点医院”": one designation at each level the list names. */
    private static final Pattern LEVEL_LIST = Pattern.compile(
            "(?:国家级?|全国)[、和及与]\\s*省级?(?:[、和及与]\\s*(?<city>市|市级|地市级?))?(?:[、和及与]\\s*(?<county>县|县级|区|县区级?))?\\s*[二两三四]级");

    /** "被国家卫生健康委公布为…": the body that designates. */
    private static final Pattern AGENT = Pattern.compile("被(?<agent>[^，,。；;被]{2,24}?)(?:公布|确定|认定|评定|遴选|批准|列|纳|评)");

    /** The levels of a designation: each one a level list names, else the one level given. */
    static List<String> levelsListed(String name, String level) {
        Matcher m = LEVEL_LIST.matcher(name);
        if (!m.find()) {
            return java.util.Collections.singletonList(level);
        }
        List<String> levels = new ArrayList<>(List.of("national", "provincial"));
        if (m.group("city") != null) {
            levels.add("municipal");
        }
        if (m.group("county") != null) {
            levels.add("county");
        }
        return levels;
    }

    /** The level of the body a passive designation names ("被国家卫生健康委公布为首批…试点医院"), or null. */
    static String agentLevel(String text, int sentenceStart, int trigger, AdministrativeDivisions divisions) {
        Matcher m = AGENT.matcher(text).region(sentenceStart, Math.min(text.length(), trigger + 2));
        String agent = null;
        while (m.find()) {
            agent = m.group("agent");
        }
        return agent == null ? null : levelOf(agent, divisions);
    }

    /** The level the designation's own wording names first: 国家 → national, 湖南省 → provincial, 郴州市 → municipal. */
    static String levelOf(String name, AdministrativeDivisions divisions) {
        int bestIndex = Integer.MAX_VALUE;
        String best = null;
        for (AdministrativeDivisions.Match m : divisions.findAll(name)) {
            bestIndex = m.start();
            best = switch (m.division().level()) {
                case PROVINCE -> "provincial";
                case CITY -> "municipal";
                case COUNTY -> "county";
            };
            break;
        }
        Matcher w = LEVEL_WORD.matcher(name);
        while (w.find()) {
            if (w.start() >= bestIndex) {
                break;
            }
            String level = switch (w.group()) {
                case "国家", "全国" -> "national";
                case "省", "自治区" -> "provincial";
                case "市", "自治州" -> "municipal";
                default -> "county";
            };
            if (w.group().equals("市") && w.start() > 0 && name.charAt(w.start() - 1) == '城') {
                continue; // 城市公立医院 is a kind of hospital, not a level
            }
            return level;
        }
        return best;
    }
}
