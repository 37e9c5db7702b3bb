package io.breachflow.documents;

/**
 * Filing or sending a document a later revision overtook. The API answers 409 naming both revisions, so the
 * caller knows the document in hand was written from facts that are no longer true and a redraft is due.
 */
public class DocumentSupersededException extends RuntimeException {

    private final transient DocumentStamp stamp;

    public DocumentSupersededException(DocumentStamp stamp) {
        super("Expected a document written from the current facts, but " + stamp.kind().name().toLowerCase(
                java.util.Locale.ROOT) + " " + stamp.documentId() + " was drafted for revision " + stamp.factsRevision()
                + " and the facts changed in revision " + stamp.supersededByRevision() + "; redraft it and have it "
                + "approved again");
        this.stamp = stamp;
    }

    public DocumentStamp stamp() {
        return stamp;
    }
}
