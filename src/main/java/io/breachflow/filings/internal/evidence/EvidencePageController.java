package io.breachflow.filings.internal.evidence;

import io.breachflow.filings.EvidenceHandOver;
import io.breachflow.filings.EvidenceItem;
import io.breachflow.filings.EvidenceLocker;
import io.breachflow.filings.EvidencePackage;
import io.breachflow.filings.EvidenceRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /incidents/{id}/evidence}: the evidence locker from the web, the same service as the evidence API. Files
 * are uploaded several at once (drag and drop or the file chooser), each checked before any is stored, so one
 * file over the limit or with a path in its name leaves nothing half uploaded; the page lists each file with its
 * SHA-256 and chain of custody, builds the police package and records its hand-over. Viewing the page is a
 * listing of the locker, so it is logged like the API's.
 */
@Controller
class EvidencePageController {

    private static final String VIEW = "filings/evidence";
    private static final int MAX_DESCRIPTION = 2_000;

    /** A problem with what was sent: the field, a message key and its arguments (such as the file's name). */
    record PageError(String field, String key, List<Object> args) {

        PageError {
            args = List.copyOf(args);
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }

    /** A package with its hand-overs. */
    record PackageRow(EvidencePackage evidencePackage, List<EvidenceHandOver> handOvers) {
    }

    private final EvidenceLocker locker;

    EvidencePageController(EvidenceLocker locker) {
        this.locker = locker;
    }

    @GetMapping("/incidents/{id}/evidence")
    String page(@PathVariable String id, Authentication user, Model model) {
        return render(id, user, "", "", "", List.of(), model);
    }

    @PostMapping("/incidents/{id}/evidence")
    String upload(@PathVariable String id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "description", required = false) String description, Authentication user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(file -> !file.isEmpty() || !isBlank(file.getOriginalFilename())).toList();
        List<PageError> errors = check(chosen, description);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, user, description, "", "", errors, model);
        }
        for (MultipartFile file : chosen) {
            locker.add(id, new EvidenceLocker.NewEvidence(EvidenceApiController.fileName(file),
                    EvidenceApiController.mediaType(file), description.strip(), file.getInputStream()), user.getName());
        }
        redirect.addFlashAttribute("flash", "casework.evidence.uploaded");
        redirect.addFlashAttribute("flashArgument", chosen.size());
        return "redirect:/incidents/" + id + "/evidence";
    }

    @PostMapping("/incidents/{id}/evidence/packages")
    String pack(@PathVariable String id, Authentication user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            EvidencePackage built = locker.packageFor(id, user.getName());
            redirect.addFlashAttribute("flash", "casework.evidence.packaged");
            redirect.addFlashAttribute("flashArgument", built.items());
            return "redirect:/incidents/" + id + "/evidence#package-" + built.id();
        } catch (EvidenceRefusedException refused) {
            if (refused.reason() != EvidenceRefusedException.Reason.EMPTY_PACKAGE) {
                throw refused;
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(id, user, "", "", "", List.of(new PageError("files", "casework.evidence.error.empty",
                    List.of())), model);
        }
    }

    @PostMapping("/incidents/{id}/evidence/packages/{packageId}/handover")
    String handOver(@PathVariable String id, @PathVariable String packageId,
            @RequestParam(name = "handedTo", required = false) String handedTo,
            @RequestParam(name = "caseNumber", required = false) String caseNumber, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        List<PageError> errors = new ArrayList<>();
        if (isBlank(handedTo) || handedTo.strip().length() > 200) {
            errors.add(new PageError("handedTo", "casework.evidence.error.handedTo", List.of()));
        }
        if (isBlank(caseNumber) || caseNumber.strip().length() > 100) {
            errors.add(new PageError("caseNumber", "casework.evidence.error.caseNumber", List.of()));
        }
        if (errors.isEmpty()) {
            try {
                locker.handOver(id, packageId, caseNumber, handedTo, user.getName());
                redirect.addFlashAttribute("flash", "casework.evidence.handedOver");
                redirect.addFlashAttribute("flashArgument", caseNumber.strip());
                return "redirect:/incidents/" + id + "/evidence#package-" + packageId;
            } catch (EvidenceRefusedException refused) {
                if (refused.reason() != EvidenceRefusedException.Reason.INVALID || refused.field() == null) {
                    throw refused;
                }
                errors.add(new PageError(refused.field(), "casework.evidence.error." + refused.field(), List.of()));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return render(id, user, "", handedTo, caseNumber, errors, model);
    }

    @ExceptionHandler(EvidenceRefusedException.class)
    String refused(EvidenceRefusedException refused, HttpServletResponse response) {
        response.setStatus(refused.reason() == EvidenceRefusedException.Reason.NOT_FOUND
                ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
        return "error";
    }

    /** Every file checked before any is stored: a name without a path, not empty, within the limit. */
    private List<PageError> check(List<MultipartFile> files, String description) {
        List<PageError> errors = new ArrayList<>();
        if (files.isEmpty()) {
            errors.add(new PageError("files", "casework.evidence.error.noFile", List.of()));
        }
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            try {
                EvidenceApiController.fileName(file);
                EvidenceApiController.mediaType(file);
            } catch (EvidenceRefusedException refused) {
                errors.add(new PageError("files", "casework.evidence.error.name", List.of(printable(name))));
                continue;
            }
            if (file.getSize() > locker.maxBytes()) {
                errors.add(new PageError("files", "casework.evidence.error.tooLarge",
                        List.of(name, size(file.getSize()), size(locker.maxBytes()), file.getSize(), locker.maxBytes())));
            } else if (file.getSize() == 0) {
                errors.add(new PageError("files", "casework.evidence.error.emptyFile", List.of(name)));
            }
        }
        if (isBlank(description) || description.strip().length() > MAX_DESCRIPTION) {
            errors.add(new PageError("description", "casework.evidence.error.description", List.of()));
        }
        return errors;
    }

    private String render(String id, Authentication user, String description, String handedTo, String caseNumber,
            List<PageError> errors, Model model) {
        List<EvidenceItem> items = locker.list(id, user.getName());
        List<EvidenceHandOver> handOvers = locker.handOvers(id);
        model.addAttribute("incidentId", items.isEmpty() ? EvidenceChecks.uuid(id, "incidentId") : items.get(0).incidentId());
        model.addAttribute("items", items);
        model.addAttribute("packages", locker.packages(id).stream().map(p -> new PackageRow(p,
                handOvers.stream().filter(h -> h.packageId().equals(p.id())).toList())).toList());
        model.addAttribute("maxBytes", locker.maxBytes());
        model.addAttribute("maxSize", size(locker.maxBytes()));
        model.addAttribute("description", description == null ? "" : description);
        model.addAttribute("handedTo", handedTo == null ? "" : handedTo);
        model.addAttribute("caseNumber", caseNumber == null ? "" : caseNumber);
        model.addAttribute("errors", errors);
        model.addAttribute("sizes", new Sizes());
        return VIEW;
    }

    /** Sizes for people: "24.5 KB", "25 MB" (binary units, as the limit is configured). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = String.format(Locale.ROOT, value >= 100 || value == Math.rint(value) ? "%.0f" : "%.1f", value);
        return number + " " + units[unit];
    }

    /** The size formatter for the template. */
    static final class Sizes {

        public String of(long bytes) {
            return size(bytes);
        }
    }

    private static String printable(String name) {
        return name.codePoints().filter(c -> !Character.isISOControl(c) && !(c >= 0x200E && c <= 0x206F))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
