package org.hospitalatlas.web;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import org.hospitalatlas.database.DataVersion;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's HTTP conventions for dashboards: CSV beside JSON ({@code Accept: text/csv} or
 * {@code ?format=csv}), ETags with 304 on {@code If-None-Match}, and CORS for configured origins.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CorsProperties.class, HttpProperties.class})
class HttpConfiguration implements WebMvcConfigurer {

    static final String FORMAT_PARAMETER = "format";

    private final JsonMapper json;
    private final CorsProperties cors;

    HttpConfiguration(JsonMapper json, CorsProperties cors) {
        this.json = json;
        this.cors = cors;
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer
                .favorParameter(true)
                .parameterName(FORMAT_PARAMETER)
                .mediaType("json", MediaType.APPLICATION_JSON)
                .mediaType("csv", CsvHttpMessageConverter.TEXT_CSV);
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        // last, so that JSON stays the answer to Accept: */* and CSV is only given when asked for
        builder.configureMessageConvertersList(converters -> converters.add(new CsvHttpMessageConverter(json)));
    }

    /**
     * Answers CORS for {@code /api/**} before anything else runs; with no origin configured it adds no
     * CORS header, so browsers on other origins are refused. A filter rather than MVC's registry, whose
     * registrations start from "allow every origin".
     */
    @Bean
    FilterRegistrationBean<CorsFilter> apiCorsFilter() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        CorsConfiguration configuration = corsConfiguration(cors);
        if (configuration != null) {
            source.registerCorsConfiguration("/api/**", configuration);
        }
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.addUrlPatterns("/api/*");
        registration.setName("apiCorsFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /** The CORS rules for {@code /api/**}, or null when no origin is allowed. */
    static CorsConfiguration corsConfiguration(CorsProperties properties) {
        if (properties.allowedOrigins().isEmpty()) {
            return null;
        }
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOriginPatterns(properties.allowedOrigins());
        configuration.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name()));
        configuration.setAllowedHeaders(List.of(
                HttpHeaders.ACCEPT,
                HttpHeaders.ACCEPT_LANGUAGE,
                HttpHeaders.IF_NONE_MATCH,
                HttpHeaders.IF_MODIFIED_SINCE,
                HttpHeaders.CACHE_CONTROL));
        configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LINK, PageHeaders.TOTAL_COUNT));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(properties.maxAge());
        return configuration;
    }

    /**
     * ETags for every API read, JSON or CSV, from the data version: a matching If-None-Match is answered with 304
     * without running the query, and unchanged answers are replayed from memory.
     */
    @Bean
    FilterRegistrationBean<VersionedEtagFilter> apiEtagFilter(
            DataVersion dataVersion,
            HttpProperties properties,
            @Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> exceptionResolver) {
        FilterRegistrationBean<VersionedEtagFilter> registration =
                new FilterRegistrationBean<>(new VersionedEtagFilter(dataVersion, properties, exceptionResolver));
        registration.addUrlPatterns("/api/*");
        registration.setName("apiEtagFilter");
        return registration;
    }

    /** Documents the CSV form and the {@code format} parameter of every endpoint marked {@link CsvExport}. */
    @Bean
    OperationCustomizer csvExportDocumentation() {
        return (operation, handlerMethod) -> {
            if (!handlerMethod.hasMethodAnnotation(CsvExport.class)) {
                return operation;
            }
            operation.addParametersItem(new Parameter()
                    .in("query")
                    .name(FORMAT_PARAMETER)
                    .required(false)
                    .description("Answer format; the same as sending Accept: text/csv. CSV is UTF-8 with a header "
                            + "row, one line per row of the answer, nested fields as dotted columns.")
                    .schema(new StringSchema()._enum(List.of("json", "csv"))._default("json")));
            ApiResponse ok = operation.getResponses() == null
                    ? null
                    : operation.getResponses().get("200");
            if (ok != null) {
                Content content = ok.getContent() == null ? new Content() : ok.getContent();
                content.putIfAbsent(
                        "text/csv",
                        new io.swagger.v3.oas.models.media.MediaType()
                                .schema(new StringSchema()
                                        .description(
                                                "RFC 4180 CSV, UTF-8, header row; lists in a cell joined by '; '")));
                ok.setContent(content);
            }
            return operation;
        };
    }
}
