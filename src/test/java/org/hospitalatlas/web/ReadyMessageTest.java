package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadyMessageTest {

    @Test
    void namesTheDashboardSwaggerUiAndTheApiOnTheActualPort() {
        assertThat(ReadyMessage.message(18080, ""))
                .contains("http://localhost:18080/ ")
                .contains("http://localhost:18080/swagger-ui.html")
                .contains("http://localhost:18080/api/v1");
    }

    @Test
    void keepsTheContextPath() {
        assertThat(ReadyMessage.message(8080, "/atlas")).contains("http://localhost:8080/atlas/swagger-ui.html");
    }
}
