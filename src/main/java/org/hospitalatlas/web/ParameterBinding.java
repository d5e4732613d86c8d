package org.hospitalatlas.web;

import java.util.List;
import java.util.Locale;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How query parameters bind to the parameter records ({@code @ParameterObject}) of the controllers: an option names
 * its enum constant in lowercase ({@code sort=name}, {@code kind=yoy_change_pct}, {@code kind=yoy-change-pct}), and
 * the value types of the parameters are documented as the text or number they are sent as.
 */
@Configuration(proxyBeanMethods = false)
class ParameterBinding implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig()
                .replaceWithClass(YearOrLatest.class, String.class)
                .replaceWithClass(UpdatedSince.class, String.class)
                .replaceWithClass(MinConfidence.class, java.math.BigDecimal.class)
                .addSimpleTypesForParameterObject(YearOrLatest.class, UpdatedSince.class, MinConfidence.class);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new LowercaseEnums());
    }

    /** Parameter records are constructed from what is learned of their constructors once ({@link ParameterRecordBinding}). */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ParameterRecordBinding());
    }

    /** An enum constant from its name in any case, '-' for '_'; null for blank text. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class LowercaseEnums implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            Class<?> type = targetType;
            while (type != null && !type.isEnum()) {
                type = type.getSuperclass();
            }
            Class enumType = type == null ? targetType : type;
            return source -> {
                String value = source.strip();
                if (value.isEmpty()) {
                    return null;
                }
                return (T) Enum.valueOf(enumType, value.toUpperCase(Locale.ROOT).replace('-', '_'));
            };
        }
    }
}
