package io.breachflow.cases;

import io.breachflow.incidents.IncidentId;
import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.NoticeCohorts;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The documents section of the workspace, {@code /incidents/{id}/documents} (HTML the page fetches after
 * it has rendered), and the PDFs it links to: {@code /incidents/{id}/documents/reports/{draftId}.pdf} and
 * {@code /incidents/{id}/documents/letters/{versionId}_{lang}.pdf}, shown inline. Every role that can open
 * the workspace sees both; a document of another incident, or a language the letter lacks, is a 404.
 * Evidence files themselves are downloaded through the locker's API, which records the download.
 */
@Controller
class CaseDocumentsController {

    private final CaseDocuments documents;
    private final IncidentLookup lookup;
    private final NoticeCohorts cohorts;

    CaseDocumentsController(CaseDocuments documents, IncidentLookup lookup, NoticeCohorts cohorts) {
        this.documents = documents;
        this.lookup = lookup;
        this.cohorts = cohorts;
    }

    @GetMapping("/incidents/{id}/documents")
    String section(@PathVariable String id, Authentication user, Model model) {
        IncidentId incident = existing(id);
        model.addAttribute("incidentId", incident.toString());
        CaseDocuments.Section section = documents.forIncident(incident, user.getName());
        model.addAttribute("documents", section);
        if (section.letters().stream().anyMatch(l -> l.status() == ApprovalStatus.APPROVED)) {
            model.addAttribute("runChoices", cohorts.runChoices()); // the "Start notice run" form (notices)
        }
        return "cases/documents :: documents";
    }

    @GetMapping("/incidents/{id}/documents/reports/{draftId:\\d{1,18}}.pdf")
    ResponseEntity<byte[]> report(@PathVariable String id, @PathVariable long draftId) {
        return inline(documents.reportPdf(existing(id), draftId));
    }

    @GetMapping("/incidents/{id}/documents/letters/{versionId:\\d{1,18}}_{lang:[A-Za-z-]{2,12}}.pdf")
    ResponseEntity<byte[]> letter(@PathVariable String id, @PathVariable long versionId, @PathVariable String lang) {
        return inline(documents.letterPdf(existing(id), versionId, lang));
    }

    private IncidentId existing(String id) {
        return lookup.existing(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> inline(Optional<CaseDocuments.Pdf> pdf) {
        CaseDocuments.Pdf found = pdf.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(found.fileName()).build().toString())
                .body(found.content());
    }
}
