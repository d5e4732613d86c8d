package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTitleTest {

    @Test
    void givenTitleWins() {
        assertThat(DocumentTitle.orFirstLine("绵阳市中心医院简报", "第一行\n第二行")).isEqualTo("绵阳市中心医院简报");
    }

    @Test
    void withoutATitleTakesTheFirstNonBlankLineTrimmed() {
        String text = "\uFEFF\r\n   \n\u3000\u3000榆林开始试点医疗费定额支付改革  \r\n\r\n华商报 2017-07-02 02:01\n";
        assertThat(DocumentTitle.orFirstLine(null, text)).isEqualTo("榆林开始试点医疗费定额支付改革");
        assertThat(DocumentTitle.orFirstLine("  ", text)).isEqualTo("榆林开始试点医疗费定额支付改革");
    }

    @Test
    void capsALongFirstLineWithAnEllipsis() {
        String line = "很".repeat(DocumentTitle.MAX_LENGTH + 50);
        String title = DocumentTitle.orFirstLine(null, line + "\n下一行");
        assertThat(title).isEqualTo("很".repeat(DocumentTitle.MAX_LENGTH) + "…");
    }

    @Test
    void capsByCharactersNotByHalvesOfThem() {
        String line = "𠀀".repeat(DocumentTitle.MAX_LENGTH + 1); // outside the BMP: two chars each
        String title = DocumentTitle.orFirstLine(null, line);
        assertThat(title.codePointCount(0, title.length())).isEqualTo(DocumentTitle.MAX_LENGTH + 1);
        assertThat(title).endsWith("𠀀…");
    }

    @Test
    void aLineAtTheCapIsKeptWhole() {
        String line = "院".repeat(DocumentTitle.MAX_LENGTH);
        assertThat(DocumentTitle.orFirstLine(null, line)).isEqualTo(line);
    }

    @Test
    void blankTextHasNoTitle() {
        assertThat(DocumentTitle.orFirstLine(null, " \n\t\n")).isNull();
    }

    @Test
    void aPageNumberOrARuleIsNotATitle() {
        assertThat(DocumentTitle.orFirstLine(null, "1\n-----\n县人民医院\n正文")).isEqualTo("县人民医院");
    }
}
