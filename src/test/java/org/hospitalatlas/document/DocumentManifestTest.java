package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentManifestTest {

    @TempDir
    Path dir;

    @Test
    void givesEachListedFileItsMetadataAndAnUnlistedOneNone() throws IOException {
        Files.writeString(dir.resolve(DocumentManifest.FILE_NAME), """
                [{"file": "a.txt", "title": "郴州市第一人民医院简报", "publisher": "郴州市卫健委",
                  "published_on": "2022-09-14", "origin_url": "https://example.org/a"},
                 {"file": "b.txt", "title": null}]
                """);
        DocumentManifest manifest = DocumentManifest.read(dir.resolve(DocumentManifest.FILE_NAME));

        NewDocument a = manifest.entry("a.txt").document("a", "text");
        assertThat(a)
                .isEqualTo(new NewDocument(
                        "a", "郴州市第一人民医院简报", "郴州市卫健委", LocalDate.of(2022, 9, 14), "https://example.org/a", "text"));
        assertThat(manifest.entry("b.txt").document("b", "text"))
                .isEqualTo(new NewDocument("b", null, null, null, null, "text"));
        assertThat(manifest.entry("c.txt").document("c", "text"))
                .isEqualTo(new NewDocument("c", null, null, null, null, "text"));
    }

    @Test
    void aFolderWithoutAManifestHasEmptyMetadata() throws IOException {
        assertThat(DocumentManifest.read(dir.resolve(DocumentManifest.FILE_NAME))
                        .entry("a.txt")
                        .title())
                .isNull();
    }

    @Test
    void aBadDateFailsOnlyTheFileThatHasIt() throws IOException {
        DocumentManifest manifest = DocumentManifest.read(new ByteArrayInputStream(
                "[{\"file\": \"a.txt\", \"published_on\": \"2022-13-01\"}, {\"file\": \"b.txt\"}]"
                        .getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> manifest.entry("a.txt").document("a", "text"))
                .isInstanceOf(DateTimeParseException.class);
        assertThat(manifest.entry("b.txt").document("b", "text").publishedOn()).isNull();
    }

    @Test
    void aManifestNotInUtf8IsRefused() {
        byte[] gbk = "[{\"file\": \"a.txt\", \"title\": \"某县人民医院\"}]".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> DocumentManifest.read(new ByteArrayInputStream(gbk)))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void aFilesSlugIsItsLowerCaseStemWithOtherCharactersAsDashes() {
        assertThat(DocumentManifest.slugOf("Report 2023 (final).TXT", "x")).isEqualTo("report-2023-final-");
        assertThat(DocumentManifest.slugOf("_h01.txt", "x")).isEqualTo("h01");
        assertThat(DocumentManifest.slugOf("简报.txt", "seed")).isEqualTo("seed");
    }
}
