package io.breachflow.demo;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's demo data page ({@code /admin/**} is ADMIN only): what the demo created and one button that
 * removes all of it. GET renders, POST removes and redirects back with a confirmation; a removal that cannot happen
 * now (still being prepared, nothing there) re-renders the page with the reason, status 409.
 */
@Controller
class DemoController {

    private final DemoSeeder seeder;
    private final DemoRemoval removal;

    DemoController(DemoSeeder seeder, DemoRemoval removal) {
        this.seeder = seeder;
        this.removal = removal;
    }

    /** The status's times as the page shows them, in Korea time with the offset shown (the demo case's zone). */
    record Times(String started, String finished, String removed) {

        private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm:ss '(UTC'xxx')'").withZone(DemoScenario.SEOUL);

        static Times of(DemoStatus status) {
            return new Times(format(status.startedAt()), format(status.finishedAt()), format(status.removedAt()));
        }

        private static String format(java.time.Instant instant) {
            return instant == null ? null : FORMAT.format(instant);
        }
    }

    @GetMapping("/admin/demo")
    String page(Model model) {
        return page(model, seeder.status(), null);
    }

    private String page(Model model, DemoStatus status, String refusal) {
        model.addAttribute("status", status);
        model.addAttribute("times", Times.of(status));
        model.addAttribute("refusal", refusal);
        return "demo/admin";
    }

    @PostMapping("/admin/demo/remove")
    String remove(Principal admin, Model model, RedirectAttributes flash,
            jakarta.servlet.http.HttpServletResponse response) {
        DemoStatus status = seeder.status();
        if (!status.present() || status.preparing()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, status, status.preparing() ? "demo.remove.refused.preparing"
                    : "demo.remove.refused.none");
        }
        DemoDataRemoved removed = removal.remove(admin.getName());
        flash.addFlashAttribute("flash", "demo.removed");
        flash.addFlashAttribute("flashArgument", removed.rows());
        return "redirect:/admin/demo";
    }
}
