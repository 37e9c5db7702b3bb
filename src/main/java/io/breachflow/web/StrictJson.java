package io.breachflow.web;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scalars keep their JSON type: a number is not a text or an id, a text is not a number or a flag, a flag
 * is not a number. Jackson would otherwise accept {@code "count": "12"} or {@code "reference": 12} and store
 * a guess; the client gets a 400 naming the field instead (issue 14). Duplicate keys, floats for integers and
 * trailing tokens are switched off in {@code application.yml}.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictScalars() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
                mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            }
            mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        });
    }
}
