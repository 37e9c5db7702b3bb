package io.breachflow.tasklist;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;

/**
 * What an approval task's page adds to the generic form: the document under approval (exact renderings,
 * content hash, diff against the last approved version), whether the viewer may decide at all, and the
 * check that the hash posted back is still the pending version's.
 */
final class ApprovalPanel {

    static final String STALE = "approval.refused.staleHash";

    private final ObjectProvider<ApprovalDocuments> documents;

    ApprovalPanel(ObjectProvider<ApprovalDocuments> documents) {
        this.documents = documents;
    }

    /** The pending document of an approval task, if a module keeps it. */
    Optional<DocumentUnderApproval> documentOf(HumanTask task) {
        ApprovalDocuments approval = documents.getIfAvailable();
        if (approval == null || !TaskForms.APPROVES.containsKey(task.formKey())
                || task.state() != HumanTask.State.OPEN) {
            return Optional.empty();
        }
        return approval.forTask(task);
    }

    /** True when a hash was posted and is not the hash of the version pending approval now. */
    boolean stale(HumanTask task, String posted) {
        if (posted == null || posted.isBlank()) {
            return false;
        }
        ApprovalDocuments approval = documents.getIfAvailable();
        return approval == null || !approval.pendingHash(task).filter(posted.strip()::equals).isPresent();
    }

    void addTo(HumanTask task, Model model) {
        DocumentUnderApproval document = documentOf(task).orElse(null);
        model.addAttribute("document", document);
        if (document == null) {
            return;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Actor actor = TasksApiController.actor(user);
        model.addAttribute("mayDecide", HumanTasks.holdsCandidateRole(task, actor));
        model.addAttribute("isDrafter", actor.username().equals(document.draftedBy()));
    }
}
