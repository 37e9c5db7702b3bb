package io.breachflow.regimes.internal.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A jurisdiction code (ISO 3166-1 alpha-2, ISO 3166-2 for US states); or, with {@code countryOnly}, a country. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownJurisdiction.Validator.class)
public @interface KnownJurisdiction {

    String message() default "unknown jurisdiction: use ISO 3166-1 alpha-2 (KR, DE) or ISO 3166-2 for US states (US-CA)";

    boolean countryOnly() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with {@link FactsValidation}. */
    class Validator implements ConstraintValidator<KnownJurisdiction, String> {
        private boolean countryOnly;

        @Override
        public void initialize(KnownJurisdiction annotation) {
            countryOnly = annotation.countryOnly();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (countryOnly ? FactsValidation.isCountry(value) : FactsValidation.isJurisdiction(value));
        }
    }
}
