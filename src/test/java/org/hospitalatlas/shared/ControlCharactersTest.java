package org.hospitalatlas.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreAProblem() {
        assertThat(ControlCharacters.problem("湖北\0")).contains("U+0000 at character 3");
        assertThat(ControlCharacters.problem("\u001f")).contains("U+001F");
        assertThat(ControlCharacters.problem("中心\t医院\r\n")).isNull();
        assertThat(ControlCharacters.problem("\u007f\u00a0𝕏")).isNull();
        assertThat(ControlCharacters.problem(null)).isNull();
    }
}
