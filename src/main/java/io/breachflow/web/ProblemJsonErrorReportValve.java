package io.breachflow.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last-resort error page, as {@code application/problem+json} without server details: it answers
 * what never reached Spring (an encoded slash or NUL in the path, a malformed request), so API clients and
 * scanners see the same shape as every other reject and nothing about the server (issue 14).
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    public ProblemJsonErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String field = status == 400 || status == 404 ? "path" : status == 408 ? "body" : "request";
        String body = "{\"type\":\"about:blank\",\"title\":\"" + (status == 400 ? "Bad Request" : "Error")
                + "\",\"status\":" + status + ",\"detail\":\"The request was refused before it reached a resource.\","
                + "\"errors\":[{\"field\":\"" + field + "\",\"message\":\"Expected a well-formed request (no encoded "
                + "slash, backslash or NUL in the path), but it is not\"}]}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response was committed; there is nothing more to say
        }
    }
}
