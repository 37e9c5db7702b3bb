package io.breachflow.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The auditors' page {@code /audit}: how long the chain is, its latest entries, the checkpoints it is held
 * against and the latest verification, with a button to verify now (which also checkpoints an intact,
 * grown chain). Who may open it and press the button is decided in the security configuration.
 */
@Controller
class AuditChainController {

    private static final int LAST_ENTRIES = 25;
    private static final int LAST_CHECKPOINTS = 20;

    private final AuditTrail trail;
    private final AuditCheckpoints checkpoints;
    private final AuditChainMonitor monitor;
    private final AuditProperties properties;

    AuditChainController(AuditTrail trail, AuditCheckpoints checkpoints, AuditChainMonitor monitor,
            AuditProperties properties) {
        this.trail = trail;
        this.checkpoints = checkpoints;
        this.monitor = monitor;
        this.properties = properties;
    }

    @GetMapping("/audit")
    String chain(Model model) {
        List<AuditCheckpoints.Line> lines = checkpoints.lines();
        model.addAttribute("length", trail.length());
        model.addAttribute("entries", trail.page(null, null, 0, LAST_ENTRIES).entries());
        model.addAttribute("checkpointCount", lines.size());
        List<AuditCheckpoints.Line> newestFirst = new ArrayList<>(lines);
        Collections.reverse(newestFirst);
        model.addAttribute("checkpoints", newestFirst.subList(0, Math.min(LAST_CHECKPOINTS, newestFirst.size())));
        model.addAttribute("checkpointFile", checkpoints.file().toString());
        model.addAttribute("checkpointInterval", properties.checkpointInterval().toMinutes());
        model.addAttribute("status", monitor.status().orElse(null));
        return "audit/chain";
    }

    @PostMapping("/audit/verify")
    String verify(RedirectAttributes redirect) {
        AuditVerification verification = monitor.run();
        redirect.addFlashAttribute("flash", verification.intact() ? "auditchain.verify.intact" : "auditchain.verify.broken");
        redirect.addFlashAttribute("flashArgument", verification.intact() ? verification.checked() : verification.brokenAt());
        return "redirect:/audit";
    }
}
