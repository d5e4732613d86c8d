package org.hospitalatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Constructor;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.StringUtils;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Binds the parameter records ({@code @ParameterObject}) as Spring's own model attribute processor does — the same
 * binder, {@code @InitBinder} set-up, conversions, Bean Validation and errors — but constructs a record from what it
 * learned of its constructor the first time (the constructor, each parameter's name, lookup name, type and whether it
 * may be null) instead of working all of it out again on every request: per request, Spring's constructor binding
 * re-read each parameter's annotations and nullness, a quarter of a compare's JVM time (bench/notes/perf-round5.md).
 *
 * <p>Only the plain case is done here: a query whose every parameter names a component of the record, no path
 * variables, every value converting; values are read from the query alone, as {@link ParameterBindingAdvice} has
 * Spring read them for every record (never from a header). Anything else — a parameter Spring would read as a nested, indexed, default
 * ({@code !name}) or marker ({@code _name}) value, an unknown parameter, a multipart request, a value that does not
 * convert, a constructor that throws — goes to Spring's constructor binding unchanged, so its answers and problems stay
 * exactly Spring's.
 */
final class ParameterRecordBinding extends ModelAttributeMethodProcessor {

    /** What construction needs of one record's constructor, worked out once. */
    private record Shape(Constructor<?> constructor, Component[] components, Set<String> lookupNames) {}

    /** A constructor parameter: the cached parameter (annotations read once), its query name and type. */
    private record Component(MethodParameter parameter, String lookupName, Class<?> type, boolean optional) {}

    /** The request attribute holding the record constructed here, which {@link ParameterBindingAdvice} then binds. */
    private static final String CONSTRUCTED = ParameterRecordBinding.class.getName() + ".constructed";

    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();
    private final Servlet servlet = new Servlet();

    ParameterRecordBinding() {
        super(true);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().isRecord() && parameter.hasParameterAnnotation(ParameterObject.class);
    }

    @Override
    protected Object createAttribute(
            String attributeName,
            MethodParameter parameter,
            WebDataBinderFactory binderFactory,
            NativeWebRequest request)
            throws Exception {
        Object fromValue = servlet.fromRequestValue(attributeName, parameter, binderFactory, request);
        if (fromValue != null) {
            return fromValue;
        }
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        if (servletRequest == null || !plain(servletRequest)) {
            return null; // Spring's constructor binding (constructAttribute)
        }
        WebDataBinder binder =
                binderFactory.createBinder(request, null, attributeName, ResolvableType.forMethodParameter(parameter));
        Shape shape = shapes.computeIfAbsent(parameter.getParameterType(), type -> shapeOf(type, binder));
        if (!onlyComponents(servletRequest, shape)) {
            return null;
        }
        Component[] components = shape.components();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Component component = components[i];
            Object value = valueOf(servletRequest, component.lookupName());
            if (value == null && component.optional()) {
                args[i] = component.type() == Optional.class ? Optional.empty() : null;
                continue;
            }
            try {
                args[i] = binder.convertIfNecessary(value, component.type(), component.parameter());
            } catch (TypeMismatchException e) {
                return null; // Spring binds it again and reports every bad parameter as it does
            }
        }
        Object constructed;
        try {
            constructed = BeanUtils.instantiateClass(shape.constructor(), args);
        } catch (BeanInstantiationException e) {
            return null;
        }
        request.setAttribute(CONSTRUCTED, constructed, RequestAttributes.SCOPE_REQUEST);
        return constructed;
    }

    /** The record constructed here for the current request, if any. */
    static Object constructed() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getAttribute(CONSTRUCTED, RequestAttributes.SCOPE_REQUEST);
    }

    @Override
    protected void constructAttribute(WebDataBinder binder, NativeWebRequest request) {
        servlet.construct(binder, request);
    }

    @Override
    protected void bindRequestParameters(WebDataBinder binder, NativeWebRequest request) {
        servlet.bind(binder, request);
    }

    /** As Spring's constructor binding names, types and reads the constructor's parameters (DataBinder#createObject). */
    private static Shape shapeOf(Class<?> type, DataBinder binder) {
        Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
        String[] names = BeanUtils.getParameterNames(constructor);
        Class<?>[] types = constructor.getParameterTypes();
        Component[] components = new Component[names.length];
        Set<String> lookupNames = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            MethodParameter parameter = MethodParameter.forFieldAwareConstructor(constructor, i, names[i]);
            String lookupName = binder.getNameResolver() == null
                    ? null
                    : binder.getNameResolver().resolveName(parameter);
            lookupName = lookupName == null ? names[i] : lookupName;
            // read now, once: the parameter is shared by every request afterwards
            parameter.getParameterAnnotations();
            parameter.getGenericParameterType();
            components[i] = new Component(parameter, lookupName, types[i], parameter.isOptional());
            lookupNames.add(lookupName);
        }
        return new Shape(constructor, components, Set.copyOf(lookupNames));
    }

    /** No path variables and no multipart body: the values come from the query alone. */
    private static boolean plain(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return (variables == null || ((Map<?, ?>) variables).isEmpty())
                && !StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/");
    }

    /** Every parameter of the request names a component: nothing nested, indexed, prefixed or unknown. */
    private static boolean onlyComponents(HttpServletRequest request, Shape shape) {
        for (Enumeration<String> names = request.getParameterNames(); names.hasMoreElements(); ) {
            if (!shape.lookupNames().contains(names.nextElement())) {
                return false;
            }
        }
        return true;
    }

    /** As Spring's value resolver reads a request parameter: one value, or the array of several. */
    private static Object valueOf(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values != null && values.length == 1 ? values[0] : values;
    }

    /** Spring's servlet processor, for its reading of a value named like the attribute, and its construct and bind. */
    private static final class Servlet extends ServletModelAttributeMethodProcessor {

        Servlet() {
            super(true);
        }

        Object fromRequestValue(
                String attributeName,
                MethodParameter parameter,
                WebDataBinderFactory binderFactory,
                NativeWebRequest request)
                throws Exception {
            String value = getRequestValueForAttribute(attributeName, request);
            return value == null
                    ? null
                    : createAttributeFromRequestValue(value, attributeName, parameter, binderFactory, request);
        }

        void construct(WebDataBinder binder, NativeWebRequest request) {
            constructAttribute(binder, request);
        }

        void bind(WebDataBinder binder, NativeWebRequest request) {
            bindRequestParameters(binder, request);
        }
    }
}
