package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hostile inputs only a real server sees (issue 14): encoded slashes and NULs in the path that Tomcat
 * refuses before Spring, broken multipart bodies, 405 and 415 decided before any controller, and a body
 * that stops halfway. Raw sockets, so the bytes are exactly the attack's; every answer is problem+json.
 */
@BreachflowIntegrationTest
class HostileHttpIntegrationTests {

    private static final String OFFICER = "Basic " + Base64.getEncoder()
            .encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Test
    void encodedSlashesAndNulsInThePathAreRefusedAsProblemJson() throws IOException {
        for (String path : new String[] {"/api/incidents/a%2fb", "/api/incidents/%00", "/api/tasks/1%2F..%2Fadmin",
                "/api/incidents/a%5cb", "/incidents/%00"}) {
            String answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + OFFICER
                    + "\r\nConnection: close\r\n\r\n");

            assertThat(status(answer)).as(path).isBetween(400, 404);
            assertThat(answer).as(path).containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"field\"").doesNotContain("Apache Tomcat").doesNotContain("<html");
        }
    }

    @Test
    void aMethodOrContentTypeNoEndpointTakesIsRefusedAsProblemJsonNamingIt() throws IOException {
        String put = send("PUT /api/incidents HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + OFFICER
                + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        String wildcard = send("POST /api/incidents/00000000-0000-0000-0000-000000000001/evidence HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: " + OFFICER + "\r\nContent-Type: */*\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}");

        assertThat(status(put)).isEqualTo(405);
        assertThat(put).containsIgnoringCase("Content-Type: application/problem+json").contains("\"field\":\"method\"");
        assertThat(status(wildcard)).isEqualTo(415);
        assertThat(wildcard).containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"field\":\"Content-Type\"");
    }

    @Test
    void aBrokenMultipartBodyOrANulInItsFileNameIsABadRequestNotAServerError() throws IOException {
        String cutShort = multipart("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nperson_id,na");
        String nulName = multipart("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nperson_id,name,email,phone,jurisdiction,language\r\n--XYZ--\r\n");

        for (String answer : new String[] {cutShort, nulName}) {
            assertThat(status(answer)).as(answer).isBetween(400, 499);
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json").contains("\"field\"");
        }
    }

    @Test
    void aBodyThatStopsHalfwayIsCutOffAndDoesNotHoldAThread() throws IOException {
        long start = System.nanoTime();
        String answer;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/obligations/evaluate HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + OFFICER
                    + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n{\"title\":")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            answer = readAll(socket.getInputStream());
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertThat(seconds).as("seconds the stalled body held the request").isLessThan(40);
        if (!answer.isEmpty()) {
            assertThat(status(answer)).isBetween(400, 499);
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        }
    }

    private String multipart(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send("POST /api/cohorts HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + OFFICER
                + "\r\nContent-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n" + body);
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (java.net.SocketException reset) {
            // the server closed the connection after answering; what arrived is the answer
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int status(String answer) {
        return answer.length() < 12 ? -1 : Integer.parseInt(answer.substring(9, 12));
    }
}
