package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged jar's {@code extract} command as a user would: a separate JVM, no database. */
class ExtractCliIT {

    @Test
    void packagedJarExtractsWithoutStartingServerOrDatabase() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("hospital-atlas.jar", "target/hospital-atlas.jar"));
        assertThat(jar).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(), "-jar", jar.toString(), "extract", "seeds/001_26141e5a5cc6b6a0.txt")
                .redirectErrorStream(false)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out.lines().count()).isEqualTo(1);
        assertThat(out).contains("\"hospitals\"").contains("荆州市第一人民医院");
        assertThat(out + err)
                .doesNotContain("Tomcat")
                .doesNotContain("PostgreSQL")
                .doesNotContain("Spring");
    }
}
