package dev.kg.extract.event;

import dev.kg.extract.DependencyIndex;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.Event;
import dev.kg.extract.Mention;
import dev.kg.extract.Relation;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One sentence parsed by hand, so that a test of an event rule does not depend on what a CoreNLP model
 * makes of it: tokens as {@code word/lemma/POS/NER} separated by spaces (a token written {@code ./.}
 * is the full stop, with no NER), edges as {@code relation governor dependent} separated by commas,
 * the root's governor -1.
 *
 * <pre>{@code
 * new HandParsed("Kim/Kim/NNP/PERSON left/leave/VBD ././.", "nsubj 1 0, root -1 1, punct 1 2")
 *     .events(Map.of(0, kim));
 * }</pre>
 */
final class HandParsed {

  private final List<Token> tokens = new ArrayList<>();
  private final List<Dependency> edges = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  HandParsed(String tokenLine, String edgeLine) {
    for (String written : tokenLine.split(" ")) {
      String[] parts = written.split("/");
      if (!text.isEmpty()) {
        text.append(' ');
      }
      int start = text.length();
      text.append(parts[0]);
      String ner = parts.length > 3 ? parts[3] : "O";
      tokens.add(new Token(tokens.size(), parts[0], parts[1], parts[2], ner, start, text.length()));
    }
    for (String written : edgeLine.split(", ")) {
      String[] parts = written.trim().split(" ");
      edges.add(new Dependency(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
    }
  }

  /** The events of the sentence whose named tokens (by index) are the given entities' only mentions. */
  List<Event> events(Map<Integer, Entity> named) {
    return events(named, List.of());
  }

  /** The events of the sentence, named tokens as in {@link #events(Map)}, where the text states {@code relations}. */
  List<Event> events(Map<Integer, Entity> named, List<Relation> relations) {
    return new EventExtractor().extract(extraction(named, relations), annotated());
  }

  /** The sentence's triggers with their arguments, before merging, named tokens as in {@link #events}. */
  List<EventMention> mentions(Map<Integer, Entity> named) {
    return new EventExtractor().mentions(extraction(named, List.of()), annotated());
  }

  /**
   * The sentence's triggers, with no names in it, each as its type, lemma and KAIROS type, then its
   * arguments (if any) as head index and role: {@code "ATTACK bomb Conflict.Attack.DetonateExplode: 0
   * AGENT, 3 TARGET"}, separated by {@code "; "}, or {@code "none"}.
   */
  String described() {
    List<String> described = mentions(Map.of()).stream()
        .map(m -> m.type() + " " + m.lemma() + " " + m.type().kairos(m.lemma())
            + (m.arguments().isEmpty() ? "" : ": ")
            + String.join(", ", m.arguments().stream().map(a -> a.head() + " " + a.role()).toList()))
        .toList();
    return described.isEmpty() ? "none" : String.join("; ", described);
  }

  /** The sentence's parse, for a test of one rule's reading of it. */
  DependencyIndex parse() {
    return new DependencyIndex(annotated().sentences().get(0));
  }

  private AnnotatedText annotated() {
    return new AnnotatedText(
        List.of(new AnnotatedText.Sentence(0, 0, text.length(), tokens, edges)), List.of(), List.of());
  }

  private DocumentExtraction extraction(Map<Integer, Entity> named, List<Relation> relations) {
    List<Mention> mentions = named.entrySet().stream()
        .map(e -> {
          Token token = tokens.get(e.getKey());
          return new Mention(e.getValue().id(), token.start(), token.end(), 0, token.word(), token.ner());
        })
        .toList();
    return new DocumentExtraction(
        new SourceDocument("d", null, null, null, null, "d.txt", text.toString(), "sha-d"),
        List.of(new DocumentExtraction.Span(0, text.length())),
        named.values().stream().distinct().toList(),
        mentions,
        relations,
        List.of(),
        List.of());
  }
}
