package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: a long text without punctuation used to cost time in the square of its length (80 KB took 22 s), and
 * the work went on after the caller gave up. Spans are now capped and the extractor stops when its thread is
 * interrupted.
 */
class ExtractionBoundsTest {

    private static final String[] WORDS = {
        "长沙县人民医院", "开放床位", "门急诊人次", "同比增长", "2022年", "医共体", "牵头", "成员单位", "试点医院", "入选", "万人次", "张", "12.5%", "和",
        "乡镇卫生院", "湘雅医院", "县中医院"
    };

    private final DocumentExtractor extractor = DocumentExtractor.withDefaultResources();

    /** Report-like words with no sentence or clause mark: the worst case the real-text rules meet. */
    private static String unpunctuated(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(length + 16);
        while (out.length() < length) {
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    @Test
    void noSpanIsLongerThanItsCapWhateverTheInput() {
        String text = unpunctuated(50_000, 1);
        TextSegmenter segments = new TextSegmenter(text);
        assertThat(segments.paragraphs())
                .allSatisfy(p -> assertThat(p.end() - p.start()).isLessThanOrEqualTo(TextSegmenter.MAX_PARAGRAPH));
        assertThat(segments.sentences())
                .allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(TextSegmenter.MAX_SENTENCE + 1));
        // every character still belongs to one sentence, in order
        int covered =
                segments.sentences().stream().mapToInt(s -> s.end() - s.start()).sum();
        assertThat(covered).isEqualTo(text.length());
        for (int i = 0; i < text.length(); i += 997) {
            assertThat(segments.clauseOf(i).end() - segments.clauseOf(i).start())
                    .isLessThanOrEqualTo(TextSegmenter.MAX_CLAUSE + 1);
        }
    }

    @Test
    void aCapCutsAtASpaceNearTheLimitRatherThanInsideAWord() {
        String text = "甲".repeat(TextSegmenter.MAX_SENTENCE - 10) + " " + "乙".repeat(100);
        TextSegmenter segments = new TextSegmenter(text);
        assertThat(segments.sentences().get(0).end()).isEqualTo(TextSegmenter.MAX_SENTENCE - 10);
    }

    @Test
    void tenTimesTheTextCostsAboutTenTimesTheWork() {
        String small = unpunctuated(20_000, 2);
        String large = unpunctuated(200_000, 3);
        extractor.extractStrict(small, DocumentMetadata.none()); // warm up the JIT
        extractor.extractStrict(small, DocumentMetadata.none());
        long smallNanos = fastestOf(3, small);
        long largeNanos = fastestOf(1, large);
        double ratio = (double) largeNanos / smallNanos;
        // linear work gives about 10; the old quadratic reading gave about 100. 40 leaves room for a busy machine.
        assertThat(ratio).as("200 KB / 20 KB extraction time").isLessThan(40.0);
    }

    private long fastestOf(int runs, String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            extractor.extractStrict(text, DocumentMetadata.none());
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    @Test
    void anInterruptedCallerGetsCancellationNotAPartialAnswer() {
        String text = unpunctuated(20_000, 4);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> extractor.extract(text, DocumentMetadata.none()))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted(); // clear the flag for the next test on this thread
        }
        assertThat(extractor.extract(text, DocumentMetadata.none()).hospitals()).isNotEmpty();
    }
}
