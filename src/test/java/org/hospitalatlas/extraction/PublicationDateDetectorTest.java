package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDateDetectorTest {

    @Test
    void readsIsoDatelineWithTime() {
        assertThat(PublicationDateDetector.detect("德阳日报\n2022-06-05 19:48 来源：德阳市卫健委\n正文"))
                .contains(LocalDate.of(2022, 6, 5));
    }

    @Test
    void readsChineseDateline() {
        assertThat(PublicationDateDetector.detect("工作简报\n\n2022年9月14日\n\n正文")).contains(LocalDate.of(2022, 9, 14));
    }

    @Test
    void readsSpacedChineseDateline() {
        assertThat(PublicationDateDetector.detect("第 3 期\n\n2023 年 2 月 8 日\n")).contains(LocalDate.of(2023, 2, 8));
    }

    @Test
    void ignoresDatesFarBelowTheTitle() {
        String text = "标题\n" + "正文。".repeat(300) + "2021年6月3日发生";
        assertThat(PublicationDateDetector.detect(text)).isEmpty();
    }

    @Test
    void ignoresImpossibleDates() {
        assertThat(PublicationDateDetector.detect("2022-13-45")).isEmpty();
    }
}
