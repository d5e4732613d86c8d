package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/** What MetricsIT cannot show with the test run's one configuration: no metrics key configured at all. */
class ActuatorAccessFilterTest {

    private final List<Exception> refused = new ArrayList<>();
    private final HandlerExceptionResolver resolver = (request, response, handler, e) -> {
        refused.add(e);
        return new ModelAndView();
    };

    @Test
    void withoutAMetricsKeyConfiguredPrometheusIsDisabledAndHealthStaysOpen() throws Exception {
        ActuatorAccessFilter filter = filter(ApiKeys.of(WebConfiguration.METRICS_KEY, null, Map.of()));

        assertThat(passes(filter, "/actuator/prometheus", "Bearer anything")).isFalse();
        assertThat(refused)
                .singleElement()
                .isInstanceOfSatisfying(
                        ActuatorAccessFilter.MetricsAccessException.class,
                        e -> assertThat(e.keyRequired()).isFalse());
        assertThat(passes(filter, "/actuator/health/readiness", null)).isTrue();
    }

    @Test
    void theKeyIsTakenFromABearerTokenInAnyCaseOfTheScheme() throws Exception {
        ActuatorAccessFilter filter = filter(ApiKeys.of(WebConfiguration.METRICS_KEY, "scrape-key", Map.of()));

        assertThat(passes(filter, "/actuator/prometheus", "bearer scrape-key")).isTrue();
        assertThat(passes(filter, "/actuator/prometheus", "Basic c2NyYXBlLWtleQ=="))
                .isFalse();
        assertThat(passes(filter, "/actuatorx", null)).isTrue(); // not under the base path
        assertThat(passes(filter, "/actuator", null)).isFalse();
    }

    private ActuatorAccessFilter filter(ApiKeys keys) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("resolver", resolver));
        return new ActuatorAccessFilter("/actuator", keys, beans.getBeanProvider(HandlerExceptionResolver.class));
    }

    private static boolean passes(ActuatorAccessFilter filter, String path, String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }
}
