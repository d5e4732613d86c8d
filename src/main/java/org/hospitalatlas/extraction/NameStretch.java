package org.hospitalatlas.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a name starts in the stretch read back from its suffix ({@link NameBeforeSuffix}): after a verb, after 我市. */
final class NameStretch {

    /** The writer's own place: "我市", "本县". */
    private static final Pattern OWN_PLACE = Pattern.compile("(?:我|本)(?:市|县|区)(?!域)");

    /** Verbs that bring a hospital in; no hospital's name holds them. */
    private static final Pattern INNER_VERB = Pattern.compile("引入|引进|加入|托管|帮扶|支援|依托|借助|携手|对接|来到|前往|走进");

    private NameStretch() {}

    /**
     * "明确我市第一人民医院": the writer's own place opens the name as the short form 市X, and what stands before it is no
     * part of it; the offset of that 市 in the stretch (after the last such place word), or 0.
     */
    static int afterOwnPlaceWord(String stretch) {
        if (stretch.indexOf('我') < 0 && stretch.indexOf('本') < 0) {
            return 0; // read for every name: most stretches have neither
        }
        Matcher own = OWN_PLACE.matcher(stretch);
        int start = -1;
        while (own.find()) {
            start = own.start();
        }
        return start + 1;
    }

    /**
     * "该项目引入华中科技大学同济医学院附属协和医院": the backward scan stopped at its length limit inside the verb's sentence;
     * the name starts after the last such verb when what follows still carries a name marker (大学, 附属 …).
     */
    static String afterInnerVerb(String before, Pattern nameMarker) {
        Matcher verb = INNER_VERB.matcher(before);
        int cut = -1;
        while (verb.find()) {
            cut = verb.end();
        }
        if (cut > 0
                && before.length() - cut >= 4
                && nameMarker.matcher(before.substring(cut)).find()) {
            return before.substring(cut);
        }
        return before;
    }
}
