package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.MethodParameter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * A parameter record bound from what was learned of its constructor once is the record Spring's own constructor binding
 * makes of the same query, and a query it does not take on (bad values, unknown, nested or indexed parameters, path
 * variables) is bound by Spring itself: the same record or the same errors, with the same binder set-up
 * ({@link ParameterBindingAdvice}, {@link ParameterBinding}'s converters).
 */
class ParameterRecordBindingTest {

    enum Shade {
        LIGHT,
        DARK_GREY
    }

    record Query(
            @NotBlank(message = "is required") String indicator,

            @NotEmpty(message = "is required: a comma-separated list")
            List<String> hospitals,

            YearOrLatest year,
            Shade shade,

            @Max(value = 100, message = "must be a whole number from 0 to 100")
            Integer size,

            MinConfidence minConfidence) {

        Query(
                String indicator,
                List<String> hospitals,
                YearOrLatest year,
                Shade shade,
                Integer size,
                @BindParam("min_confidence") MinConfidence minConfidence) {
            this.indicator = ParameterValues.text(indicator);
            this.hospitals = ParameterValues.list(hospitals);
            this.year = year;
            this.shade = shade;
            this.size = size;
            this.minConfidence = minConfidence;
        }
    }

    @SuppressWarnings("unused")
    void handle(@Valid @ParameterObject Query query) {}

    private final MethodParameter parameter =
            new HandlerMethod(this, method("handle", Query.class)).getMethodParameters()[0];
    private final WebDataBinderFactory binders = binders();
    private final ParameterRecordBinding binding = new ParameterRecordBinding();
    private final ServletModelAttributeMethodProcessor spring = new ServletModelAttributeMethodProcessor(true);

    @AfterEach
    void noCurrentRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aPlainQueryIsConstructedByTheCachedShapeAsSpringConstructsIt() throws Exception {
        for (String query : List.of(
                "indicator=beds_open&hospitals=a,b,c&year=2024",
                "indicator=beds_open&hospitals=a&hospitals=b&year=latest&shade=dark-grey&size=20&min_confidence=0.5",
                "indicator= beds_open &hospitals=a,,b&year=&shade=&size=+7&min_confidence=",
                "indicator=x&hospitals=a")) {
            assertThat(binding.createAttribute("query", parameter, binders, request(query)))
                    .as("constructed without Spring's constructor binding: %s", query)
                    .isNotNull();
            assertThat(resolve(binding, query)).as(query).isEqualTo(resolve(spring, query));
        }
    }

    @Test
    void whatItDoesNotTakeOnIsBoundBySpringWithTheSameOutcome() throws Exception {
        for (String query : List.of(
                "indicator=beds_open&hospitals=a&year=1800",
                "indicator=beds_open&hospitals=a&shade=purple&size=0x10&min_confidence=2",
                "indicator=&hospitals=&size=101",
                "hospitals=a&size=1%200",
                "indicator=beds_open&hospitals=a&unknown=1",
                "indicator=beds_open&hospitals[0]=a&hospitals[1]=b",
                "indicator=beds_open&hospitals=a&year.year=2020",
                "indicator=beds_open&hospitals=a&_shade=on&!size=3",
                "query=beds_open")) {
            assertThat(resolve(binding, query)).as(query).isEqualTo(resolve(spring, query));
        }
        assertThat(resolve(spring, "indicator=beds_open&hospitals=a&size=0x10"))
                .as("a bad value is a binding error, as the application answers it")
                .asString()
                .contains("size=0x10 binding true");
        MockHttpServletRequest pathVariables = new MockHttpServletRequest("GET", "/");
        pathVariables.setQueryString("hospitals=a");
        pathVariables.addParameter("hospitals", "a");
        pathVariables.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("indicator", "beds_open"));
        ServletWebRequest pathRequest = new ServletWebRequest(pathVariables);
        RequestContextHolder.setRequestAttributes(pathRequest);
        assertThat(binding.createAttribute("query", parameter, binders, pathRequest))
                .isNull();
    }

    /**
     * The record, or the errors' fields, rejected values, codes and messages (Bean Validation's in no fixed order), or
     * what was thrown.
     */
    private Object resolve(ServletModelAttributeMethodProcessorLike processor, String query) throws Exception {
        try {
            return processor.resolve(parameter, new ModelAndViewContainer(), request(query), binders);
        } catch (MethodArgumentNotValidException e) {
            return e.getBindingResult().getAllErrors().stream()
                    .map(error -> (error instanceof FieldError field
                                    ? field.getField() + "=" + describe(field.getRejectedValue()) + " binding "
                                            + field.isBindingFailure()
                                    : error.getObjectName())
                            + " " + List.of(Objects.requireNonNull(error.getCodes())) + " " + error.getDefaultMessage())
                    .sorted()
                    .collect(Collectors.toList());
        } catch (RuntimeException e) {
            return "threw " + e; // as Spring does, whatever it is
        }
    }

    private Object resolve(ParameterRecordBinding processor, String query) throws Exception {
        return resolve((p, m, r, b) -> processor.resolveArgument(p, m, r, b), query);
    }

    private Object resolve(ServletModelAttributeMethodProcessor processor, String query) throws Exception {
        return resolve((p, m, r, b) -> processor.resolveArgument(p, m, r, b), query);
    }

    @FunctionalInterface
    private interface ServletModelAttributeMethodProcessorLike {
        Object resolve(MethodParameter p, ModelAndViewContainer m, NativeWebRequest r, WebDataBinderFactory b)
                throws Exception;
    }

    private static String describe(Object value) {
        return value instanceof Object[] values ? List.of(values).toString() : String.valueOf(value);
    }

    /** A GET of {@code query}, the current request (as the DispatcherServlet makes it). */
    private static ServletWebRequest request(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setQueryString(query);
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
            String value = java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            request.addParameter(name, value);
        }
        ServletWebRequest webRequest = new ServletWebRequest(request);
        RequestContextHolder.setRequestAttributes(webRequest);
        return webRequest;
    }

    /** As the application sets binders up: its converters, Bean Validation and the records' @InitBinder. */
    private static WebDataBinderFactory binders() {
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        new ParameterBinding().addFormatters(conversions);
        ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
        initializer.setConversionService(conversions);
        ParameterBindingAdvice advice = new ParameterBindingAdvice(
                Validation.buildDefaultValidatorFactory().getValidator());
        Method initBinder = ReflectionUtils.findMethod(
                ParameterBindingAdvice.class, "parameterRecords", org.springframework.web.bind.WebDataBinder.class);
        assertThat(initBinder).isNotNull();
        assertThat(initBinder.isAnnotationPresent(InitBinder.class)).isTrue();
        return new ServletRequestDataBinderFactory(
                List.of(new InvocableHandlerMethod(advice, initBinder)), initializer);
    }

    private static Method method(String name, Class<?>... types) {
        return Objects.requireNonNull(ReflectionUtils.findMethod(ParameterRecordBindingTest.class, name, types));
    }
}
