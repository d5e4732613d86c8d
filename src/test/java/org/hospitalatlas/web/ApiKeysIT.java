package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Several named keys, kept as SHA-256 hashes (hospital-atlas.api-keys.importer in {@link IntegrationTest}), beside
 * the plain key of hospital-atlas.api-key, which is the key named default. Each write is logged with its key's name.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiKeysIT {

    private static final String CSV = "text/csv";

    @LocalServerPort
    int port;

    @Test
    void eachKeyWritesUnderItsOwnNameAndNoKeyIsLogged(CapturedOutput output) {
        Api api = new Api(port);
        Api.Response importer = api.post(
                "/api/v1/imports/hospitals",
                CSV,
                "slug,name_zh\napi-keys-it-a,密钥测试市第一人民医院\n",
                "X-API-Key",
                IntegrationTest.IMPORTER_KEY);
        assertThat(importer.status()).as(importer.body()).isEqualTo(200);
        Api.Response byDefault = api.post(
                "/api/v1/imports/hospitals",
                CSV,
                "slug,name_zh\napi-keys-it-b,密钥测试市第二人民医院\n",
                "X-API-Key",
                IntegrationTest.API_KEY);
        assertThat(byDefault.status()).as(byDefault.body()).isEqualTo(200);

        assertThat(output.getAll())
                .contains("Write POST /api/v1/imports/hospitals with API key 'importer': 200")
                .contains("Write POST /api/v1/imports/hospitals with API key 'default': 200")
                .doesNotContain(IntegrationTest.IMPORTER_KEY)
                .doesNotContain(IntegrationTest.API_KEY);
    }

    @Test
    void theStoredHashIsNotAKey() {
        Api.Response response = new Api(port)
                .post(
                        "/api/v1/imports/hospitals",
                        CSV,
                        "slug,name_zh\napi-keys-it-c,密钥测试市第三人民医院\n",
                        "X-API-Key",
                        IntegrationTest.IMPORTER_KEY_SHA256);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("X-API-Key");
    }
}
