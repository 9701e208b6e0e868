package dev.kg.graph;

/**
 * A document the graph holds with other content, refused by a {@link WriteMode#REFUSE_EDITED} write:
 * nothing an analyst ingested is overwritten unasked.
 */
public final class EditedDocumentException extends RuntimeException {

  private final String documentId;

  public EditedDocumentException(String documentId) {
    super(describe(documentId));
    this.documentId = documentId;
  }

  /** What is wrong with the edited document {@code documentId}, in the words kg reports it with. */
  public static String describe(String documentId) {
    return "document '" + documentId + "' is already in the graph with other content";
  }

  public String documentId() {
    return documentId;
  }
}
