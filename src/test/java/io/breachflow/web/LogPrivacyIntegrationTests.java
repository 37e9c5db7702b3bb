package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: logs go to log shippers, ticket attachments and support chats, so personal data never appears in
 * them. A cohort is imported and a person is looked up over real HTTP with a known email, name and phone number;
 * none of them may appear in anything the application printed meanwhile (text or JSON logs alike: the format does
 * not change what is logged).
 */
@BreachflowIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void cohortImportAndPersonLookupLeaveNoPersonalDataInTheLogs(CapturedOutput output) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "jiwoo." + tag + "@example.com";
        String name = "Kim Jiwoo" + tag;
        String phone = "+8210" + (10_000_000 + Math.abs(tag.hashCode() % 89_999_999));
        String rejectedEmail = "not-an-address-" + tag;
        String csv = "person_id,name,email,phone,jurisdiction,language\n"
                + "p-" + tag + "," + name + "," + email + "," + phone + ",KR,ko\n"
                + "p-" + tag + "," + name + "," + email + "," + phone + ",KR,ko\n"
                + "q-" + tag + ",Lee " + tag + "," + rejectedEmail + ",,KR,ko\n";

        HttpResponse<String> imported = upload(csv, "cohort " + tag);
        HttpResponse<String> lookedUp = post("/api/notices/lookup", "{\"email\": \"" + email
                + "\", \"reason\": \"Complaint " + tag + "\"}");
        HttpResponse<String> refused = post("/api/notices/lookup", "{\"email\": \"" + email + "\"}");

        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(imported.body()).contains("\"accepted\":2", "\"duplicates\":1");
        assertThat(lookedUp.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(400);
        // the import's own log line is there (the output really holds the application's logs) ...
        assertThat(output.getAll()).containsPattern("Cohort \\d+ imported: 2 accepted");
        // ... and none of the person's data is
        assertThat(output.getAll()).doesNotContain(email, name, phone, rejectedEmail, "jiwoo." + tag);
    }

    private HttpResponse<String> upload(String csv, String label) throws Exception {
        String boundary = "----bf" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\n" + label + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cohort.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return send(request("/api/cohorts").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("dpo:demo".getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
