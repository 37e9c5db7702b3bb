package io.breachflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.lang.reflect.Type;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.lang.Nullable;

/**
 * Request bodies keep their JSON scalar types: a number is not a text or an id, a text is not a number or a
 * flag, a flag is not a number. Jackson would otherwise accept {@code "count": "12"} or {@code "reference": 12}
 * and store a guess; the client gets a 400 naming the field instead (issue 14). Duplicate keys, floats for
 * integers and trailing tokens are switched off for every mapper in {@code application.yml}.
 *
 * <p>A reading converter of its own, in front of the default one, so that what reads loose maps on purpose
 * (the actuator's {@code Map<String, String>} operation bodies, a task's free form) keeps Jackson's defaults.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    StrictJsonReader strictJsonReader(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy();
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            strict.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        strict.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return new StrictJsonReader(strict);
    }

    /** Reads JSON request bodies other than maps with the strict mapper; never writes. */
    static final class StrictJsonReader extends AbstractJackson2HttpMessageConverter {

        StrictJsonReader(ObjectMapper strict) {
            super(strict, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        }

        @Override
        public boolean canRead(Type type, @Nullable Class<?> contextClass, @Nullable MediaType mediaType) {
            Class<?> raw = ResolvableType.forType(type).resolve(Object.class);
            return !Map.class.isAssignableFrom(raw) && super.canRead(type, contextClass, mediaType);
        }

        @Override
        public boolean canRead(Class<?> clazz, @Nullable MediaType mediaType) {
            return !Map.class.isAssignableFrom(clazz) && super.canRead(clazz, mediaType);
        }

        @Override
        public boolean canWrite(Class<?> clazz, @Nullable MediaType mediaType) {
            return false;
        }

        @Override
        public boolean canWrite(@Nullable Type type, Class<?> clazz, @Nullable MediaType mediaType) {
            return false;
        }
    }
}
