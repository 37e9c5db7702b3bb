package io.breachflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Joins each date-time picker's two inputs ({@code name} = local time, {@code name__zone} = its zone) into the
 * one ISO-8601 value with offset a form's controller binds, before anything reads the form: every page with a
 * {@link DateTimeFields} field gets the same value without converting it itself, and a form posted without a
 * zone (a script, an older page) is bound exactly as sent.
 */
@Component
class DateTimeFieldsFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type != null
                && !(type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unreadable) {
            // a broken multipart body: left as it came, for the multipart resolver to refuse as a bad request
            chain.doFilter(request, response);
            return;
        }
        Map<String, String[]> joined = null;
        for (Map.Entry<String, String[]> entry : parameters.entrySet()) {
            String name = entry.getKey();
            if (!name.endsWith(DateTimeFields.ZONE_SUFFIX) || name.length() == DateTimeFields.ZONE_SUFFIX.length()) {
                continue;
            }
            String field = name.substring(0, name.length() - DateTimeFields.ZONE_SUFFIX.length());
            String[] local = parameters.get(field);
            if (local == null || local.length != 1) {
                continue;
            }
            if (joined == null) {
                joined = new LinkedHashMap<>(parameters);
            }
            String zone = entry.getValue().length == 0 ? null : entry.getValue()[0];
            joined.put(field, new String[] {DateTimeFields.combine(local[0], zone)});
        }
        chain.doFilter(joined == null ? request : new Joined(request, Collections.unmodifiableMap(joined)), response);
    }

    /** The request with the joined values in place of the pickers' local times. */
    private static final class Joined extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Joined(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
