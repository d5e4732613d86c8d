package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.SentenceRoles.addOnce;
import static org.hospitalatlas.extraction.SentenceRoles.grassroots;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sentence's members are written down ({@link SentenceRoles}): each name of a list with the towns an elliptic list
 * gives before it ("X镇、Y乡和Z镇卫生院"), and township centres named only by their places and counted
 * ("二十里堡、亮甲店两所卫生院"); each kept as written.
 */
final class MemberNames {

    private static final String PLACE_ITEM = "[\\u4e00-\\u9fa5&&[^院心所和及与、的等个家]]{2,4}";
    private static final Pattern COUNTED_PLACES = Pattern.compile("(?<list>" + PLACE_ITEM + "(?:[、和及]" + PLACE_ITEM
            + ")+)(?<n>[0-9]{1,2}|[一二两三四五六七八九十])\\s*[个所家](?:乡镇|镇|街道|社区)?(?:社区卫生服务中心|卫生服务中心|卫生院)");

    private MemberNames() {}

    static void addMembers(String text, List<HospitalDirectory.Mention> run, List<String> members) {
        for (HospitalDirectory.Mention m : run) {
            // "X镇、Y乡和Z镇卫生院": the conjuncts before the name share its head word; each is kept as written
            List<String> conjuncts = new ArrayList<>();
            int end = m.start();
            String conjunct;
            while ((conjunct = conjunctBefore(text, end)) != null
                    && (m.name().contains(headWord(conjunct)) || grassroots(m))
                    && conjuncts.size() < 40) {
                conjuncts.add(0, conjunct);
                end -= conjunct.length() + 1;
            }
            conjuncts.forEach(c -> addOnce(members, c));
            addOnce(members, m.name());
        }
    }

    /**
     * The conjunct that ends right before {@code end} with a joiner (和、及与): a place of one to four characters and a
     * head word (镇, 乡, 街道, 社区), starting after a list mark, a stop character or 有/括/含 ("成员单位有沙河镇、…").
     */
    private static String conjunctBefore(String text, int end) {
        if (end < 3 || "和、及与".indexOf(text.charAt(end - 1)) < 0) {
            return null;
        }
        int headEnd = end - 1;
        for (String head : List.of("社区", "街道", "乡", "镇")) {
            if (!text.startsWith(head, headEnd - head.length())) {
                continue;
            }
            int placeEnd = headEnd - head.length();
            for (int length = 1; length <= 6 && placeEnd - length >= 0; length++) {
                int start = placeEnd - length;
                char before = start == 0 ? '、' : text.charAt(start - 1);
                boolean bounded = start == 0 || HospitalNames.isStopChar(before) || "有括含和".indexOf(before) >= 0;
                if (bounded
                        && text.substring(start, headEnd).codePoints().allMatch(c -> HospitalNames.isHan((char) c))) {
                    return text.substring(start, headEnd);
                }
            }
        }
        return null;
    }

    private static String headWord(String conjunct) {
        for (String head : List.of("社区", "街道", "乡", "镇")) {
            if (conjunct.endsWith(head)) {
                return head;
            }
        }
        return conjunct;
    }

    /** "托管保税区二十里堡、亮甲店两所卫生院": centres named by their places, counted; each kept as written. */
    static void addCountedPlaces(String s, List<String> members) {
        countedPlaces(s, members);
    }

    /**
     * Adds the places of each counted list in {@code s} to {@code members} (see {@link #addCountedPlaces}); {@code s}
     * with those lists left out.
     */
    static String countedPlaces(String s, List<String> members) {
        Matcher places = COUNTED_PLACES.matcher(s);
        StringBuilder rest = new StringBuilder();
        int at = 0;
        while (places.find()) {
            String[] items = places.group("list").split("[、和及]");
            boolean counted = ChineseNumberParser.parse(places.group("n"))
                    .map(n -> n.intValue() == items.length)
                    .orElse(false);
            if (counted) {
                for (String item : items) {
                    addOnce(members, item);
                }
                rest.append(s, at, places.start());
                at = places.end();
            }
        }
        return rest.append(s, at, s.length()).toString();
    }
}
