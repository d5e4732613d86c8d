package org.hospitalatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.core.env.Environment;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(WebConfiguration.class);
    static final String METRICS_KEY = "hospital-atlas.metrics-key";

    private final ApiKeys apiKeys;
    private final HttpProperties http;

    WebConfiguration(@Value("${hospital-atlas.api-key:}") String apiKey, Environment environment, HttpProperties http) {
        Map<String, String> hashes = Binder.get(environment)
                .bind("hospital-atlas.api-keys", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        this.apiKeys = ApiKeys.of(apiKey, hashes);
        this.http = http;
        log.info(
                apiKeys.isEmpty()
                        ? "Writes are disabled: no API key configured"
                        : "API keys for writes: " + String.join(", ", apiKeys.names()));
    }

    /**
     * The actuator endpoints beyond health need a metrics key ({@link ActuatorAccessFilter}); after the security
     * headers, before anything else.
     */
    @Bean
    FilterRegistrationBean<ActuatorAccessFilter> actuatorAccessFilter(
            Environment environment,
            @Value("${management.endpoints.web.base-path:/actuator}") String basePath,
            @Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> exceptionResolver) {
        Map<String, String> hashes = Binder.get(environment)
                .bind(METRICS_KEY + "s", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        ApiKeys metricsKeys = ApiKeys.of(METRICS_KEY, environment.getProperty(METRICS_KEY), hashes);
        log.info(
                metricsKeys.isEmpty()
                        ? "Actuator endpoints beyond health are disabled: no metrics key configured"
                        : "Metrics keys: " + String.join(", ", metricsKeys.names()));
        FilterRegistrationBean<ActuatorAccessFilter> registration =
                new FilterRegistrationBean<>(new ActuatorAccessFilter(basePath, metricsKeys, exceptionResolver));
        registration.addUrlPatterns(basePath, basePath + "/*");
        registration.setName("actuatorAccessFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiKeyInterceptor(apiKeys)).addPathPatterns("/api/**");
        registry.addInterceptor(new ControlCharacterInterceptor()).addPathPatterns("/api/**");
        if (http.baseUrl() != null) {
            String base = http.baseUrl().toString();
            registry.addInterceptor(new HandlerInterceptor() {
                        @Override
                        public boolean preHandle(
                                HttpServletRequest request, HttpServletResponse response, Object handler) {
                            request.setAttribute(PageHeaders.BASE_URL_ATTRIBUTE, base);
                            return true;
                        }
                    })
                    .addPathPatterns("/api/**");
        }
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new CaseInsensitiveEnumConverterFactory());
    }

    /** Query parameters name enum values in lowercase with hyphens or underscores (sort=name, order=asc). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class CaseInsensitiveEnumConverterFactory implements ConverterFactory<String, Enum> {
        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            return source -> {
                String name = source.strip().replace('-', '_').toUpperCase(Locale.ROOT);
                return name.isEmpty() ? null : (T) Enum.valueOf(targetType, name);
            };
        }
    }
}
