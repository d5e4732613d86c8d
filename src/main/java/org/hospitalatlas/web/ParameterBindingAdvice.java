package org.hospitalatlas.web;

import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * How a parameter record is bound: from the query (and path) only — Spring would also fill a component from a
 * request header of the same name (a {@code From} header into {@code from}), which no client means — and validated
 * by Bean Validation directly, whose adapter also checks the components that did bind when another did not
 * (Boot's MVC validator wrapper checks none of them then), so one answer lists every bad parameter.
 */
@ControllerAdvice
class ParameterBindingAdvice {

    private final SpringValidatorAdapter validator;

    ParameterBindingAdvice(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    @InitBinder
    void parameterRecords(WebDataBinder binder) {
        Class<?> type =
                binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (type == null || !type.isRecord()) {
            return;
        }
        if (binder instanceof ExtendedServletRequestDataBinder requestBinder) {
            requestBinder.setHeaderPredicate(header -> false);
        }
        binder.replaceValidators(validator);
    }
}
