package io.breachflow.cases;

import io.breachflow.incidents.IncidentId;
import io.breachflow.workflow.CaseDiagram;
import io.breachflow.workflow.CaseHistory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /incidents/{id}}, the incident workspace, and the two parts of it that need the engine's history,
 * which the page fetches after it has rendered so a slow engine search never delays it:
 * {@code /incidents/{id}/timeline} (the timeline section as HTML) and {@code /incidents/{id}/diagram.json}
 * (the case's BPMN models with their element states). Read-only for every role.
 */
@Controller
class CaseWorkspaceController {

    /** One diagram for the browser; the instance key is a string because JavaScript numbers lose digits. */
    record DiagramJson(String processInstanceKey, String bpmnProcessId, String xml, Set<String> completed,
            Set<String> active, Set<String> incidents) {

        /** Element ids sorted, so the page lists them in the same order every time. */
        static DiagramJson of(CaseDiagram diagram) {
            return new DiagramJson(Long.toString(diagram.processInstanceKey()), diagram.bpmnProcessId(),
                    diagram.bpmnXml(), new TreeSet<>(diagram.completedElementIds()),
                    new TreeSet<>(diagram.activeElementIds()), new TreeSet<>(diagram.incidentElementIds()));
        }
    }

    private final CaseWorkspace workspace;
    private final CaseHistory history;
    private final CaseTimeline timeline;
    private final IncidentLookup lookup;
    private final CaseRequests requests;

    CaseWorkspaceController(CaseWorkspace workspace, CaseHistory history, CaseTimeline timeline,
            IncidentLookup lookup, CaseRequests requests) {
        this.workspace = workspace;
        this.history = history;
        this.timeline = timeline;
        this.lookup = lookup;
        this.requests = requests;
    }

    @GetMapping("/incidents/{id}")
    String workspace(@PathVariable String id, Model model) {
        CaseWorkspace.View view = IncidentLookup.parse(id).flatMap(workspace::open)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", view);
        model.addAttribute("requests", requests.of(view.incident().id()));
        return "cases/workspace";
    }

    /** The timeline section, rendered on the server and put into the page by its script. */
    @GetMapping("/incidents/{id}/timeline")
    String timeline(@PathVariable String id, Model model, Locale locale) {
        IncidentId incident = lookup.existing(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("timeline", timeline.forPage(incident, locale));
        return "cases/timeline :: timeline";
    }

    @GetMapping("/incidents/{id}/diagram.json")
    @ResponseBody
    ResponseEntity<?> diagrams(@PathVariable String id) {
        Optional<IncidentId> incident = lookup.existing(id);
        if (incident.isEmpty()) {
            return IncidentLookup.notFound();
        }
        List<DiagramJson> diagrams = history.diagrams(incident.get()).stream().map(DiagramJson::of).toList();
        return ResponseEntity.ok(diagrams);
    }
}
