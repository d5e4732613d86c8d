package org.hospitalatlas.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictUtf8Test {

    @TempDir
    Path dir;

    @Test
    void readsUtf8TextAsWrittenBomAndLineEndsIncluded() throws IOException {
        String text = "\uFEFF2023年，某县人民医院出院人次1万。\r\n第二行";
        Path file = dir.resolve("a.txt");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));

        assertThat(StrictUtf8.read(file)).isEqualTo(text);
        assertThat(StrictUtf8.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(text);
    }

    @Test
    void refusesGbkTextInsteadOfReplacingItsCharacters() throws IOException {
        Path file = dir.resolve("gbk.txt");
        Files.write(file, "某县人民医院".getBytes(Charset.forName("GBK")));

        assertThatThrownBy(() -> StrictUtf8.read(file)).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void refusesAnEncodedSurrogateAndATruncatedSequence() {
        assertThatThrownBy(() -> StrictUtf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> StrictUtf8.decode(new byte[] {'a', (byte) 0xE5, (byte) 0x8C}))
                .isInstanceOf(CharacterCodingException.class);
    }
}
