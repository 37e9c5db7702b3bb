package io.breachflow.regimes.internal.web;

import io.breachflow.regimes.BreachFactsJson;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Each jurisdiction at most once in {@code affected}: a second entry for the same place would count the
 * same people twice in the register and the obligations; null entries are left to {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DistinctJurisdictions.Validator.class)
public @interface DistinctJurisdictions {

    String message() default "must name each jurisdiction once: add up the counts of repeated jurisdictions";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts distinct non-null jurisdictions against non-null entries. */
    class Validator implements ConstraintValidator<DistinctJurisdictions, List<BreachFactsJson.AffectedJson>> {
        @Override
        public boolean isValid(List<BreachFactsJson.AffectedJson> value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Set<String> seen = new HashSet<>();
            return value.stream().filter(Objects::nonNull).map(BreachFactsJson.AffectedJson::jurisdiction)
                    .filter(Objects::nonNull).allMatch(seen::add);
        }
    }
}
