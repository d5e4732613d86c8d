package org.hospitalatlas.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One designation as its sentence states it, up to its ending word ("2016年被列为A和B", "X是2019年省级…试点单位",
 * "作为首批…试点医院，X…"): the trigger word before it (or the opening 作为), where its name starts, the year stated
 * right before the name, and the name. The second designation of one list ("被列为A和B") starts where the first ended
 * and shares its trigger.
 *
 * @param sentence the sentence of the ending word
 * @param trigger where the trigger word starts (the first designation's, for the second of a list)
 * @param triggerEnd where this designation's own trigger word ends
 * @param second whether it is the second of a list ("被列为A和B")
 * @param opening the hospital named right after a designation that opens its sentence with 作为, or null
 * @param leadingYear the year stated at the start of the name ("2019年省级…"), or null
 * @param nameStart where the name starts, after list marks and the leading year
 * @param name the designation's name (the last one when several are listed)
 * @param ending the ending word (试点医院, 名单, …)
 * @param endingStart where the ending word starts
 * @param endingEnd where the ending word ends
 */
record PilotStatement(
        TextSegmenter.Span sentence,
        int trigger,
        int triggerEnd,
        boolean second,
        SubjectResolver.Subject opening,
        Integer leadingYear,
        int nameStart,
        String name,
        String ending,
        int endingStart,
        int endingEnd) {

    private static final Pattern TRIGGER =
            Pattern.compile("被授予|授予|被列为|列为|被确定为|确定为|被评为|评为|获评|被认定为|认定为|被列入|列入|被纳入|纳入|成为|入选|获批|荣获|获得|包括|是|为");
    private static final Pattern LEADING_NOISE = Pattern.compile("^(?:\\s|和|及|以及|与|、|，|,|目前|当前)+");

    private static final Pattern LEADING_YEAR = Pattern.compile(
            "^(?:(?:19|20)[0-9]{2}\\s*年\\s*(?:度)?\\s*(?:(?:被)?(?:确定|认定|批准|公布|评定|遴选)(?:为)?)?\\s*(?:的)?)");

    /** A sentence that opens with 作为 (after a time word at most): "作为首批…试点医院，". */
    private static final Pattern OPENING_AS =
            Pattern.compile("\\s*(?:(?:19|20)[0-9]{2}\\s*年[^，,。；;作]{0,8}[，,]?\\s*)?作为");

    /** The designation read just before, whose list the next one may continue ("被列为A和B"). */
    static final class Chain {
        private int end = -1;
        private int trigger = -1;
    }

    /** Where the name starts and what it is, with the year stated before it. */
    private record Name(int start, String name, Integer year) {}

    /**
     * The designation ending at {@code ending}, or null when no trigger word (nor an opening 作为 with its hospital)
     * states one. Every designation read becomes the one a next may continue.
     */
    static PilotStatement read(
            String text,
            TextSegmenter segments,
            YearResolver years,
            SubjectResolver subjects,
            Matcher ending,
            Chain chain) {
        TextSegmenter.Span sentence = segments.sentenceOf(ending.start());
        int trigger = -1;
        int triggerEnd = -1;
        Matcher t = TRIGGER.matcher(text).region(sentence.start(), ending.start());
        while (t.find()) {
            trigger = t.start();
            triggerEnd = t.end();
        }
        // "作为首批…试点输出医院，A将…": the designation opens the sentence, its hospital follows it
        Matcher as = OPENING_AS.matcher(text).region(sentence.start(), ending.start());
        SubjectResolver.Subject opening = as.lookingAt() && (trigger < 0 || trigger == as.end() - 1)
                ? DesignationSubjects.namedRightAfter(text, subjects, ending.end())
                : null;
        if (opening != null) {
            trigger = as.end() - 2;
            triggerEnd = as.end();
        }
        int start = triggerEnd;
        if (trigger < 0) {
            // "先后获得A；B试点医院；C等荣誉": an item of a list of titles cut by semicolons, its trigger before the list
            int[] listed = listedTitlesTrigger(text, segments, sentence);
            if (listed == null) {
                return null;
            }
            trigger = listed[0];
            triggerEnd = listed[1];
            start = sentence.start();
            sentence = new TextSegmenter.Span(listed[2], sentence.end()); // the list, from its trigger's item on
        }
        boolean second = false;
        if (chain.end > start && chain.end <= ending.start()) {
            start = chain.end; // the second of "被列为A和B"
            trigger = chain.trigger;
            second = true;
        }
        Name name = nameOf(text, years, start, ending);
        chain.end = ending.end();
        chain.trigger = trigger;
        return new PilotStatement(
                sentence,
                trigger,
                triggerEnd,
                second,
                opening,
                name.year(),
                name.start(),
                name.name(),
                ending.group(),
                ending.start(),
                ending.end());
    }

    private static final Pattern TITLES_LISTED = Pattern.compile("获得|荣获|包括");
    private static final int MAX_LISTED_ITEMS = 6;

    /**
     * The trigger of a list of titles cut by semicolons ("先后获得A；B；C等荣誉"), looked for in the items before
     * {@code sentence}, as its start, end and the start of its item; null when the sentence does not follow a semicolon or no such trigger is found.
     */
    private static int[] listedTitlesTrigger(String text, TextSegmenter segments, TextSegmenter.Span sentence) {
        TextSegmenter.Span item = sentence;
        for (int hop = 0; hop < MAX_LISTED_ITEMS; hop++) {
            int before = item.start() - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            if (before < 0 || (text.charAt(before) != '；' && text.charAt(before) != ';')) {
                return null;
            }
            item = segments.sentenceOf(before);
            Matcher t = TITLES_LISTED.matcher(text).region(item.start(), before);
            int[] last = null;
            while (t.find()) {
                last = new int[] {t.start(), t.end(), item.start()};
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    /** The name from {@code start} to the ending, after list marks and a leading year (which it gives). */
    private static Name nameOf(String text, YearResolver years, int start, Matcher ending) {
        String raw = text.substring(start, ending.end());
        Matcher noise = LEADING_NOISE.matcher(raw);
        int skip = noise.find() ? noise.end() : 0;
        Integer year = null;
        Matcher leadingYear = LEADING_YEAR.matcher(raw.substring(skip));
        if (leadingYear.find()) {
            year = years.firstYearIn(start + skip, start + skip + leadingYear.end());
            skip += leadingYear.end();
        }
        int nameStart = start + skip;
        int nameEnd = ending.group().equals("名单") ? ending.start() : ending.end();
        String name = text.substring(nameStart, nameEnd).strip();
        int item = lastListItem(name);
        if (item > 0) {
            name = name.substring(item).strip(); // "…“示范县”创建医院、河北省“医共体建设”试点医院": the last designation listed
        }
        return new Name(nameStart, name, year);
    }

    /**
     * Where the last item of a list of designations starts ("A示范县创建医院、B试点医院" → B…), or 0: after a top-level 、
     * or comma that closes an item ending like a designation (…医院, …单位, a closing quote).
     */
    static int lastListItem(String name) {
        int depth = 0;
        int last = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("“《（(「".indexOf(c) >= 0) {
                depth++;
            } else if ("”》）)」".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0
                    && (c == '、' || c == '，' || c == ',')
                    && i > 0
                    && i + 4 < name.length()
                    && "院位县市区地心”》）)".indexOf(name.charAt(i - 1)) >= 0) {
                last = i + 1;
            }
        }
        return last;
    }
}
