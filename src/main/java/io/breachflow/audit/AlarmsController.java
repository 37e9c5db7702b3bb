package io.breachflow.audit;

import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DPO's dashboard of mass-access alarms ({@code /audit/alarms}; DPO, auditors and admins read it):
 * open alarms first, each with who, why, how many people in the window; a DPO other than the alarm's
 * user approves one more access or clears it here.
 */
@Controller
class AlarmsController {

    private static final int SHOWN = 200;

    private final AccessGate gate;
    private final AccessAlarmProperties properties;

    AlarmsController(AccessGate gate, AccessAlarmProperties properties) {
        this.gate = gate;
        this.properties = properties;
    }

    /** One line of the alarms table. */
    record AlarmRow(AccessAlarm alarm, long unusedApprovals) {
    }

    @GetMapping("/audit/alarms")
    String alarms(Model model) {
        model.addAttribute("alarms", gate.recent(SHOWN).stream()
                .map(alarm -> new AlarmRow(alarm, alarm.open() && alarm.gates() ? gate.unusedApprovals(alarm.id()) : 0))
                .toList());
        model.addAttribute("zone", properties.workingHours().zone());
        return "audit/alarms";
    }

    @PostMapping("/audit/alarms/{id}/{action:approve|clear}")
    String review(@PathVariable long id, @PathVariable String action, Authentication user, RedirectAttributes flash) {
        try {
            if ("approve".equals(action)) {
                gate.approveOnce(id, user.getName(), AccessUsers.roles(user.getAuthorities()));
            } else {
                gate.clear(id, user.getName(), AccessUsers.roles(user.getAuthorities()));
            }
            flash.addFlashAttribute("message", "alarm.done." + action);
        } catch (NoSuchElementException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (IllegalStateException refused) {
            flash.addFlashAttribute("error", "alarm.refused." + action);
        }
        flash.addFlashAttribute("alarmId", id);
        return "redirect:/audit/alarms";
    }
}
