package io.breachflow.regimes.internal.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO-8601 date-time with offset; null passes (use {@code @NotNull} where required). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoTimestamp.Validator.class)
public @interface IsoTimestamp {

    String message() default "must be an ISO-8601 date-time with offset, e.g. 2025-11-18T22:00:00+09:00, between 1990 and 2100";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with {@link FactsValidation#isTimestamp}. */
    class Validator implements ConstraintValidator<IsoTimestamp, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || FactsValidation.isTimestamp(value);
        }
    }
}
