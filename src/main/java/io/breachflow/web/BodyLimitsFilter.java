package io.breachflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * JSON bodies of {@code /api/**} are small and arrive in one go: at most {@link #MAX_BYTES} and within
 * {@link #MAX_READ} in total. A larger body is a 413, a body dribbled in to hold a thread (issue 14: one held
 * a thread over 40 s) is cut off; Tomcat's {@code connection-timeout} bounds each pause. Multipart uploads
 * (cohorts of millions of rows, evidence) keep their own limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodyLimitsFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final Duration MAX_READ = Duration.ofSeconds(20);

    /** Thrown from the body stream; {@link ApiProblemAdvice} answers 413 or 408 naming {@code body}. */
    static final class BodyLimitException extends IOException {

        final int status;

        BodyLimitException(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !request.getRequestURI().startsWith("/api/")
                || (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"The request body is larger than this resource accepts.\",\"errors\":[{\"field\":"
                    + "\"body\",\"message\":\"Expected at most " + MAX_BYTES + " bytes, but the body is larger\"}]}");
            return;
        }
        chain.doFilter(new LimitedRequest(request, System.nanoTime() + MAX_READ.toNanos()), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long deadline;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long deadline) {
            super(request);
            this.deadline = deadline;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), deadline);
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long deadline;
        private long read;

        LimitedStream(ServletInputStream in, long deadline) {
            this.in = in;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            check();
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check();
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void check() throws IOException {
            if (System.nanoTime() - deadline > 0) {
                throw new BodyLimitException(408, "Expected the body within " + MAX_READ.toSeconds()
                        + " s, but it came too slowly");
            }
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BYTES) {
                throw new BodyLimitException(413, "Expected at most " + MAX_BYTES + " bytes, but the body is larger");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
