package dev.kg.graph;

/**
 * A document the graph holds with other content, refused by a {@link WriteMode#REFUSE_EDITED} write:
 * nothing an analyst ingested is overwritten unasked.
 */
public final class EditedDocumentException extends RuntimeException {

  private final String documentId;

  public EditedDocumentException(String documentId) {
    super("document '" + documentId + "' is already in the graph with other content");
    this.documentId = documentId;
  }

  public String documentId() {
    return documentId;
  }
}
