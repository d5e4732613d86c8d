package org.hospitalatlas.web;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.ParameterValueException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The problems of a parameter record ({@code @ParameterObject}) that failed binding or validation, each named by its
 * query parameter ({@code min_confidence}, not the component {@code minConfidence}), with what the parameter takes
 * and the value sent ({@code must be a whole number from 0 to 100000 (was '-1')}), in the record's order.
 */
public final class ParameterProblems {

    private ParameterProblems() {}

    /** The problems, or null when {@code e} is not about a parameter record. */
    static List<InvalidInputException.FieldError> of(MethodArgumentNotValidException e) {
        return of(e, true);
    }

    /**
     * The problems as {@link #of} names them, without the value sent, for answers whose conventions do not echo it
     * (the FHIR endpoints' {@code OperationOutcome}); null when {@code e} is not about a parameter record. A value
     * type's own message ({@link ParameterValueException}) is kept as it is.
     */
    public static List<InvalidInputException.FieldError> withoutValues(MethodArgumentNotValidException e) {
        return of(e, false);
    }

    private static List<InvalidInputException.FieldError> of(MethodArgumentNotValidException e, boolean withValues) {
        Class<?> type = e.getParameter().getParameterType();
        if (!type.isRecord() || !e.getParameter().hasParameterAnnotation(ParameterObject.class)) {
            return null;
        }
        List<Component> components = components(type);
        List<Problem> problems = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            Component component = components.stream()
                    .filter(c ->
                            c.name().equals(error.getField()) || c.parameter().equals(error.getField()))
                    .findFirst()
                    .orElse(null);
            if (component == null) {
                problems.add(new Problem(Integer.MAX_VALUE, error.getField(), error.getDefaultMessage()));
            } else {
                problems.add(
                        new Problem(component.index(), component.parameter(), message(error, component, withValues)));
            }
        }
        return problems.stream()
                .sorted(Comparator.comparingInt(Problem::index))
                .map(p -> new InvalidInputException.FieldError(p.field(), p.message()))
                .toList();
    }

    private record Problem(int index, String field, String message) {}

    /** A record component: its place, its name and the query parameter it is bound from. */
    private record Component(int index, String name, String parameter, Field field) {}

    private static List<Component> components(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Parameter[] parameters;
        try {
            parameters = type.getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .getParameters();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record has its canonical constructor", e);
        }
        List<Component> list = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            BindParam bindParam = parameters[i].getAnnotation(BindParam.class);
            String name = components[i].getName();
            try {
                list.add(new Component(
                        i, name, bindParam == null ? name : bindParam.value(), type.getDeclaredField(name)));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("A record component has its field", e);
            }
        }
        return list;
    }

    private static String message(FieldError error, Component component, boolean withValues) {
        String sent = withValues ? was(error.getRejectedValue()) : "";
        if (!error.isBindingFailure()) {
            return error.getDefaultMessage() + sent;
        }
        ParameterValueException refused = error.contains(TypeMismatchException.class)
                ? InvalidRequestProblems.causeOf(
                        error.unwrap(TypeMismatchException.class), ParameterValueException.class)
                : null;
        if (refused != null) {
            return refused.getMessage();
        }
        Class<?> type = component.field().getType();
        String expected;
        if (type.isEnum()) {
            expected = "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                            .toList();
        } else {
            expected = rule(component.field());
            if (expected == null) {
                expected = Number.class.isAssignableFrom(type) ? "must be a whole number" : "has an invalid format";
            }
        }
        return expected + sent;
    }

    /**
     * The message of the component's own constraint, which says what it takes; null when it has none. Read through
     * Spring's annotation support, which also reads a module's package-private constraints.
     */
    private static String rule(Field field) {
        for (Annotation annotation : field.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)
                    && AnnotationUtils.getValue(annotation, "message") instanceof String text
                    && !text.startsWith("{")) {
                return text;
            }
        }
        return null;
    }

    /** " (was '…')" for a value, " (was 51)" for a list of 51, nothing for none. */
    private static String was(Object rejected) {
        if (rejected == null) {
            return "";
        }
        if (rejected instanceof Collection<?> values) {
            return values.isEmpty() ? "" : " (was " + values.size() + ")";
        }
        String value = rejected instanceof String[] values ? String.join(",", values) : String.valueOf(rejected);
        return value.isEmpty() ? "" : " (was " + ParameterValueException.quoted(value.strip()) + ")";
    }
}
