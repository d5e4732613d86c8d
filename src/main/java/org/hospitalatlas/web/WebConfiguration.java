package org.hospitalatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final String apiKey;
    private final HttpProperties http;

    WebConfiguration(@Value("${hospital-atlas.api-key:}") String apiKey, HttpProperties http) {
        this.apiKey = apiKey;
        this.http = http;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiKeyInterceptor(apiKey)).addPathPatterns("/api/**");
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
