package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StartCharsTest {

    private static List<String> plain(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> gated(Pattern pattern, String text) {
        StartChars starts = StartChars.of(pattern);
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (starts.find(m, text, from)) {
            out.add(m.start() + "-" + m.end());
            from = m.end() > m.start() ? m.end() : m.end() + 1; // an empty match is a defect: recorded, not looped on
            if (from > text.length()) {
                break;
            }
        }
        return out;
    }

    @Test
    void triesAnAlternationOfWordsOnlyWhereOneOfThemStarts() {
        Pattern suffix = Pattern.compile("社区卫生服务中心|卫生院|医院");
        String text = "南环社区卫生服务中心、长坡镇卫生院和郴州市第一人民医院";

        assertThat(StartChars.of(suffix).isGated()).isTrue();
        assertThat(gated(suffix, text)).isEqualTo(plain(suffix, text)).hasSize(3);
    }

    @Test
    void keepsGroupsOfTheMatchFound() {
        Pattern year = Pattern.compile("(?<y>(?:19|20)[0-9]{2})\\s*年|(?<rel>今年|去年)");
        String text = "去年门诊量比2021年增长";
        Matcher m = year.matcher(text);

        assertThat(StartChars.of(year).find(m, text, 0)).isTrue();
        assertThat(m.group("rel")).isEqualTo("去年");
        assertThat(StartChars.of(year).find(m, text, m.end())).isTrue();
        assertThat(m.group("y")).isEqualTo("2021");
    }

    @Test
    void letsALookbehindSeeTheTextBeforeTheOffsetTried() {
        Pattern year = Pattern.compile("(?<![0-9])20[0-9]{2}年");
        String text = "编号12020年；2020年";

        assertThat(gated(year, text)).isEqualTo(plain(year, text)).containsExactly("9-14");
    }

    @Test
    void triesOnlyTheTextsStartWhenEveryAlternativeOpensWithACaret() {
        Pattern absorbed = Pattern.compile("^[^，]{0,6}?并入|^[^，]{0,4}?法人资格注销");
        StartChars starts = StartChars.of(absorbed);

        assertThat(starts.isGated()).isTrue();
        assertThat(starts.foundIn("整体并入我院")).isTrue();
        assertThat(starts.foundIn("，整体并入我院")).isFalse();
    }

    @Test
    void searchesEveryOffsetWhenAMatchMayStartAnywhere() {
        assertThat(StartChars.of(Pattern.compile("[^，,]{2,30}?为输出医院")).isGated())
                .isFalse();
        assertThat(StartChars.of(Pattern.compile("(?:约|近)?\\s*[0-9]+")).isGated())
                .isTrue();
        assertThat(StartChars.of(Pattern.compile("(?:目前)?")).isGated()).isFalse();
        assertThat(StartChars.of(Pattern.compile("a.c")).isGated()).isTrue();
        assertThat(StartChars.of(Pattern.compile(".bc")).isGated()).isFalse();
        assertThat(StartChars.of(Pattern.compile("医院", Pattern.CASE_INSENSITIVE))
                        .isGated())
                .isFalse();
        Pattern ungated = Pattern.compile("[^，]{2}医院");
        assertThat(gated(ungated, "某某医院，某医院")).isEqualTo(plain(ungated, "某某医院，某医院"));
    }

    @Test
    void readsClassesRangesAndEscapes() {
        Pattern p = Pattern.compile("[\\u4e00-\\u9fa5]{2}[0-9]{3}医院|\\s*[（(]依托|\\d+张");
        String text = "贵州安顺302医院 （依托省医院），开放床位1200张";

        assertThat(StartChars.of(p).isGated()).isTrue();
        assertThat(gated(p, text)).isEqualTo(plain(p, text)).hasSize(3);
    }

    /**
     * Every pattern of the extractor finds the same matches through its start characters as by {@link Matcher#find()},
     * over the seeds (whole and sentence by sentence) and an eighth of the real texts (all of them: half a minute).
     */
    @Test
    void everyPatternOfTheExtractorFindsWhatItFoundBefore() throws Exception {
        List<String> texts = new ArrayList<>();
        for (ExtractionBenchmark.Document d : ExtractionBenchmark.documents("seeds")) {
            texts.add(d.text());
            TextSegmenter segments = new TextSegmenter(d.text());
            segments.sentences().forEach(s -> texts.add(d.text().substring(s.start(), s.end())));
        }
        List<ExtractionBenchmark.Document> real = ExtractionBenchmark.documents("real");
        for (int i = 0; i < real.size(); i += 8) {
            texts.add(real.get(i).text());
        }
        int compared = 0;
        List<String> differing = new ArrayList<>();
        for (Pattern pattern : extractorPatterns()) {
            if (!StartChars.of(pattern).isGated()) {
                continue;
            }
            compared++;
            for (String text : texts) {
                if (!gated(pattern, text).equals(plain(pattern, text))) {
                    differing.add(pattern.pattern() + " in " + text);
                    break;
                }
            }
        }
        assertThat(differing).isEmpty();
        assertThat(compared).isGreaterThan(150);
    }

    private static List<Pattern> extractorPatterns() throws Exception {
        Path dir = classesDirectory().resolve("org/hospitalatlas/extraction");
        List<Pattern> patterns = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class")) {
                    continue;
                }
                Class<?> type = Class.forName("org.hospitalatlas.extraction." + name.replace(".class", ""));
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                        field.setAccessible(true);
                        patterns.add((Pattern) field.get(null));
                    }
                }
            }
        }
        return patterns;
    }

    private static Path classesDirectory() throws URISyntaxException {
        return Path.of(StartChars.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }
}
