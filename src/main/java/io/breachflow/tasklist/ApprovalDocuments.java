package io.breachflow.tasklist;

import java.util.Optional;

/**
 * The document an approval task asks someone to approve, found by a module that knows where documents
 * are kept. The tasklist stays process-agnostic: it only asks, for an {@code approve-…} task, what is
 * pending under the task's incident and subject, so the approver sees the exact text and the form can
 * be bound to that text's content hash. With no bean of this type the approval pages show the plain form.
 */
public interface ApprovalDocuments {

    /** The version pending approval behind {@code task}, rendered as it will be sent; empty when none. */
    Optional<DocumentUnderApproval> forTask(HumanTask task);

    /**
     * Only the content hash of the version pending approval behind {@code task}: cheap enough to check on
     * every submission, so an approval is refused when the text was redrafted after it was shown.
     */
    Optional<String> pendingHash(HumanTask task);

    /** The print version of the pending document in {@code language} as PDF; empty when there is none. */
    Optional<byte[]> pdf(HumanTask task, String language);
}
