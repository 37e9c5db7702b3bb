package io.breachflow.documents;

/**
 * A scope revision overtook a document before it was filed or sent (published for the audit trail).
 *
 * @param stamp the document as it now stands, superseded
 */
public record DocumentSuperseded(DocumentStamp stamp) {
}
