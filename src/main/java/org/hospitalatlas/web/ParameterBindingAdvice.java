package org.hospitalatlas.web;

import java.beans.PropertyEditorSupport;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * How a parameter record is bound: from the query (and path) only — Spring would also fill a component from a
 * request header of the same name (a {@code From} header into {@code from}), which no client means — and validated
 * by Bean Validation directly, whose adapter also checks the components that did bind when another did not
 * (Boot's MVC validator wrapper checks none of them then), so one answer lists every bad parameter. A whole number is
 * decimal digits ({@code page=2}, never {@code page=0x2}).
 */
@ControllerAdvice
class ParameterBindingAdvice {

    private final SpringValidatorAdapter validator;

    ParameterBindingAdvice(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    @InitBinder
    void parameterRecords(WebDataBinder binder) {
        // a record to construct (Spring's constructor binding), or the one ParameterRecordBinding constructed for this
        // request (not a request body or any other object bound as a target)
        Object target = binder.getTarget();
        Class<?> type = target != null
                ? (ParameterRecordBinding.constructed() == target ? target.getClass() : null)
                : binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (type == null || !type.isRecord()) {
            return;
        }
        if (binder instanceof ExtendedServletRequestDataBinder requestBinder) {
            requestBinder.setHeaderPredicate(header -> false);
        }
        binder.registerCustomEditor(Integer.class, new WholeNumberEditor());
        binder.replaceValidators(validator);
    }

    /**
     * A whole number in decimal digits, with a sign or not; null for blank text. Spring's own number editor, which
     * it falls back to even when a converter refused the text, would take {@code 0x10} or {@code #10} as 16 and
     * {@code 1 0} as 10, which no client means.
     */
    static final class WholeNumberEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            String value = text == null ? "" : text.strip();
            if (!value.isEmpty() && !value.matches("[+-]?\\d{1,9}")) {
                throw new IllegalArgumentException("not a whole number in decimal digits");
            }
            setValue(value.isEmpty() ? null : Integer.valueOf(value));
        }
    }
}
