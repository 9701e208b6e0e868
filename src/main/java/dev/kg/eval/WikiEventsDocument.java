package dev.kg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One document of a WikiEvents-format JSONL file (Li et al. 2021): its tokens, sentences and gold
 * events, trigger and argument spans given as token indices into {@code tokens}, end exclusive.
 *
 * <pre>{@code
 * List<WikiEventsDocument> documents = WikiEventsDocument.read(Path.of("dev.jsonl"));
 * String text = documents.get(0).text();   // tokens joined by spaces, one sentence per line
 * }</pre>
 *
 * @param id the {@code doc_id}
 * @param sentences each sentence's tokens; their concatenation is the document's {@code tokens}
 * @param events the gold events
 */
public record WikiEventsDocument(String id, List<List<String>> sentences, List<GoldEvent> events) {

  public WikiEventsDocument {
    sentences = sentences.stream().map(List::copyOf).toList();
    events = List.copyOf(events);
  }

  /** A gold event: KAIROS type, trigger span and arguments. */
  public record GoldEvent(String kairos, Span trigger, List<GoldArgument> arguments) {

    public GoldEvent {
      arguments = List.copyOf(arguments);
    }
  }

  /** A gold argument: the span of the entity mention it points at, and its KAIROS role. */
  public record GoldArgument(Span span, String role) {}

  /** Token span {@code [start, end)} into the document's tokens. */
  public record Span(int start, int end) {

    boolean contains(int token) {
      return token >= start && token < end;
    }
  }

  /** Reads every line of a WikiEvents JSONL file. */
  public static List<WikiEventsDocument> read(Path file) throws IOException {
    return JsonLines.read(file, "a WikiEvents document", WikiEventsDocument::parse);
  }

  private static WikiEventsDocument parse(JsonNode node) {
    List<List<String>> sentences = new ArrayList<>();
    for (JsonNode sentence : node.required("sentences")) {
      List<String> tokens = new ArrayList<>();
      sentence.get(0).forEach(token -> tokens.add(token.get(0).asText()));
      sentences.add(tokens);
    }
    Map<String, Span> entitySpans = new HashMap<>();
    for (JsonNode mention : node.path("entity_mentions")) {
      entitySpans.put(mention.get("id").asText(), new Span(mention.get("start").asInt(), mention.get("end").asInt()));
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode event : node.path("event_mentions")) {
      List<GoldArgument> arguments = new ArrayList<>();
      for (JsonNode argument : event.path("arguments")) {
        Span span = entitySpans.get(argument.get("entity_id").asText());
        if (span != null) {
          arguments.add(new GoldArgument(span, argument.get("role").asText()));
        }
      }
      JsonNode trigger = event.required("trigger");
      events.add(
          new GoldEvent(
              event.get("event_type").asText(),
              new Span(trigger.get("start").asInt(), trigger.get("end").asInt()),
              arguments));
    }
    return new WikiEventsDocument(node.required("doc_id").asText(), sentences, events);
  }

  /**
   * The text kg annotates: tokens joined by single spaces, one sentence per line, so that a
   * whitespace tokenizer splitting sentences at line ends gives back exactly these tokens.
   */
  public String text() {
    List<String> lines = sentences.stream().map(tokens -> String.join(" ", tokens)).toList();
    return String.join("\n", lines);
  }

  /** The index into the document's tokens of the token that starts at character {@code offset} of {@link #text()}. */
  int tokenAt(int offset) {
    int position = 0;
    int index = 0;
    for (List<String> sentence : sentences) {
      for (String token : sentence) {
        if (offset < position + token.length()) {
          return index;
        }
        position += token.length() + 1;
        index++;
      }
    }
    throw new IllegalArgumentException("offset " + offset + " is past the end of document " + id);
  }
}
