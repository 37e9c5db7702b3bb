package io.breachflow.filings.internal.evidence;

import io.breachflow.filings.EvidenceItem;
import io.breachflow.filings.EvidenceLocker;
import io.breachflow.filings.EvidencePackage;
import io.breachflow.filings.EvidenceRefusedException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/incidents/{id}/evidence}: upload (multipart {@code file} + {@code description}), list,
 * details, download, packages for the police and their hand-over. Who may write is decided in the
 * security configuration (officers and the DPO); every read is recorded in the item's custody.
 */
@RestController
class EvidenceApiController {

    private static final int MAX_DESCRIPTION = 2_000;

    private final EvidenceLocker locker;

    EvidenceApiController(EvidenceLocker locker) {
        this.locker = locker;
    }

    /** The hand-over request body: the police case reference and, optionally, the force or unit it went to. */
    record HandOverJson(String caseNumber, String handedTo) {
    }

    @PostMapping(path = "/api/incidents/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceItem> upload(@PathVariable String id, @RequestPart("file") MultipartFile file,
            @RequestParam("description") String description, Authentication user) throws IOException {
        if (description.isBlank() || description.length() > MAX_DESCRIPTION) {
            throw new EvidenceRefusedException(EvidenceRefusedException.Reason.INVALID, "description",
                    "must be 1 to " + MAX_DESCRIPTION + " characters");
        }
        EvidenceItem item = locker.add(id, new EvidenceLocker.NewEvidence(fileName(file), mediaType(file),
                description.strip(), file.getInputStream()), user.getName());
        return ResponseEntity.created(URI.create("/api/incidents/" + id + "/evidence/" + item.id())).body(item);
    }

    @GetMapping("/api/incidents/{id}/evidence")
    List<EvidenceItem> list(@PathVariable String id, Authentication user) {
        return locker.list(id, user.getName());
    }

    @GetMapping("/api/incidents/{id}/evidence/{itemId}")
    EvidenceItem view(@PathVariable String id, @PathVariable String itemId, Authentication user) {
        return locker.view(id, itemId, user.getName());
    }

    @GetMapping("/api/incidents/{id}/evidence/{itemId}/content")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String itemId, Authentication user) {
        EvidenceLocker.Download download = locker.download(id, itemId, user.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.item().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.item().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", download.item().sha256())
                .body(download.content());
    }

    @PostMapping("/api/incidents/{id}/evidence/packages")
    ResponseEntity<EvidencePackage> pack(@PathVariable String id, Authentication user) {
        EvidencePackage built = locker.packageFor(id, user.getName());
        return ResponseEntity.created(URI.create("/api/incidents/" + id + "/evidence/packages/" + built.id()
                + "/manifest")).body(built);
    }

    @GetMapping("/api/incidents/{id}/evidence/packages/{packageId}/manifest")
    ResponseEntity<String> manifest(@PathVariable String id, @PathVariable String packageId) {
        EvidencePackage found = locker.evidencePackage(id, packageId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("X-Content-SHA256", found.sha256()).body(found.manifest());
    }

    @PostMapping("/api/incidents/{id}/evidence/packages/{packageId}/handover")
    EvidencePackage handOver(@PathVariable String id, @PathVariable String packageId,
            @RequestBody HandOverJson body, Authentication user) {
        return locker.handOver(id, packageId, body.caseNumber(), body.handedTo(), user.getName());
    }

    /**
     * The name the police and the court will see: a plain file name, refused (not silently cut) when it
     * carries a path or {@code ..}, or a direction control that can make {@code cod.exe} look like
     * {@code exe.doc} (issue 14).
     */
    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
        if (name.isEmpty() || name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
            throw new EvidenceRefusedException(EvidenceRefusedException.Reason.INVALID, "file",
                    "must have a file name of 1 to 255 characters");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.contains("..")) {
            throw new EvidenceRefusedException(EvidenceRefusedException.Reason.INVALID, "file",
                    "Expected a plain file name, but it has a path separator or '..'");
        }
        if (name.codePoints().anyMatch(EvidenceApiController::directionControl)) {
            throw new EvidenceRefusedException(EvidenceRefusedException.Reason.INVALID, "file",
                    "Expected a file name without direction controls (such as right-to-left override), but it has one");
        }
        return name;
    }

    private static boolean directionControl(int c) {
        return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    static String mediaType(MultipartFile file) {
        if (file.getContentType() == null || file.getContentType().isBlank()) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
        try {
            return MediaType.parseMediaType(file.getContentType()).toString();
        } catch (InvalidMediaTypeException e) {
            throw new EvidenceRefusedException(EvidenceRefusedException.Reason.INVALID, "file",
                    "must have a valid media type");
        }
    }
}
