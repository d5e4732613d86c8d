package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    /** printf %s importer-secret | sha256sum */
    private static final String IMPORTER_HASH = "742b794ba37e8a54b277011300440cfbe6319492b623d1c6ad0525150e91efaa";

    @Test
    void hashedKeysAreKnownByTheirNames() {
        ApiKeys keys = ApiKeys.of(null, Map.of("importer", IMPORTER_HASH, "ops", hex("ops-secret")));
        assertThat(keys.nameOf("importer-secret")).isEqualTo("importer");
        assertThat(keys.nameOf("ops-secret")).isEqualTo("ops");
        assertThat(keys.nameOf("wrong")).isNull();
        assertThat(keys.nameOf(IMPORTER_HASH)).as("the hash is not a key").isNull();
        assertThat(keys.nameOf("")).isNull();
        assertThat(keys.nameOf(null)).isNull();
    }

    @Test
    void thePlainKeyIsTheKeyNamedDefault() {
        ApiKeys keys = ApiKeys.of("secret", Map.of("importer", IMPORTER_HASH.toUpperCase()));
        assertThat(keys.nameOf("secret")).isEqualTo("default");
        assertThat(keys.nameOf("importer-secret")).isEqualTo("importer");
        assertThat(keys.names()).containsExactlyInAnyOrder("default", "importer");
    }

    @Test
    void noKeysMeansWritesAreOff() {
        assertThat(ApiKeys.of("  ", Map.of()).isEmpty()).isTrue();
        assertThat(ApiKeys.of(null, null).isEmpty()).isTrue();
    }

    @Test
    void aValueThatIsNoSha256IsRefusedAtStartNamingTheProperty() {
        assertThatThrownBy(() -> ApiKeys.of(null, Map.of("importer", "importer-secret")))
                .hasMessageContaining("hospital-atlas.api-keys.importer")
                .hasMessageContaining("sha256sum")
                .hasMessageNotContaining("importer-secret");
        assertThatThrownBy(() -> ApiKeys.of("x", Map.of("default", IMPORTER_HASH)))
                .hasMessageContaining("hospital-atlas.api-key");
    }

    private static String hex(String key) {
        return HexFormat.of().formatHex(ApiKeys.sha256(key));
    }
}
