package dev.kg.graph;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Event;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Mention;
import dev.kg.extract.Quote;
import dev.kg.extract.Relation;
import dev.kg.ingest.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link DocumentExtraction}s by hand: give the text, then the entity each mention refers to
 * and the words it covers; offsets, sentences and the content hash are worked out.
 *
 * <pre>{@code
 * Entity kim = person("person:kim-jong-un", "Kim Jong Un", "Kim");
 * DocumentExtraction extraction = document("doc-1", "Kim Jong Un arrived. Kim smiled.")
 *     .mention(kim, "Kim Jong Un").mention(kim, "Kim").build();
 * }</pre>
 */
final class TestDocuments {

  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]?");

  private TestDocuments() {}

  static Entity person(String id, String name, String... otherAliases) {
    return entity(id, EntityType.PERSON, null, name, otherAliases);
  }

  static Entity organization(String id, String name, String... otherAliases) {
    return entity(id, EntityType.ORGANIZATION, null, name, otherAliases);
  }

  static Entity location(String id, LocationKind kind, String name, String... otherAliases) {
    return entity(id, EntityType.LOCATION, kind, name, otherAliases);
  }

  static Builder document(String id, String text) {
    return new Builder(id, text);
  }

  private static Entity entity(
      String id, EntityType type, LocationKind kind, String name, String... otherAliases) {
    TreeSet<String> aliases = new TreeSet<>(List.of(otherAliases));
    aliases.add(name);
    return new Entity(id, type, kind, name, List.copyOf(aliases));
  }

  static final class Builder {

    private final String id;
    private final String text;
    private final List<Span> sentences = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private String title = "A title";
    private String published = "2024-06-19";
    private int cursor;

    private Builder(String id, String text) {
      this.id = id;
      this.text = text;
      Matcher sentence = SENTENCE.matcher(text);
      while (sentence.find()) {
        int start = sentence.start() + (sentence.group().length() - sentence.group().stripLeading().length());
        if (start < sentence.end()) {
          sentences.add(new Span(start, sentence.end()));
        }
      }
    }

    Builder title(String title) {
      this.title = title;
      return this;
    }

    Builder published(String published) {
      this.published = published;
      return this;
    }

    /** A mention of {@code entity} at the next occurrence of {@code words}, tagged with the entity's type. */
    Builder mention(Entity entity, String words) {
      return mention(entity, words, entity.type().name());
    }

    Builder mention(Entity entity, String words, String nerTag) {
      int start = text.indexOf(words, cursor);
      if (start < 0) {
        throw new IllegalArgumentException(
            "'" + words + "' does not occur after offset " + cursor + " in: " + text);
      }
      int end = start + words.length();
      cursor = end;
      entities.putIfAbsent(entity.id(), entity);
      mentions.add(new Mention(entity.id(), start, end, sentenceOf(start), words, nerTag));
      return this;
    }

    /** An event the document reports; its participants must be among the mentioned entities. */
    Builder event(Event event) {
      events.add(event);
      return this;
    }

    /** A relation the document states; its entities must be among the mentioned ones. */
    Builder relation(Relation relation) {
      relations.add(relation);
      return this;
    }

    /** A quotation in the document; its speaker, if any, must be among the mentioned entities. */
    Builder quote(Quote quote) {
      quotes.add(quote);
      return this;
    }

    DocumentExtraction build() {
      SourceDocument document =
          new SourceDocument(id, title, "Test Wire", published, null, id + ".txt", text, sha256(text));
      return new DocumentExtraction(
          document, sentences, List.copyOf(entities.values()), mentions, relations, quotes, events);
    }

    private int sentenceOf(int offset) {
      for (int i = 0; i < sentences.size(); i++) {
        if (offset < sentences.get(i).end()) {
          return i;
        }
      }
      throw new IllegalArgumentException("offset " + offset + " is past the last sentence");
    }
  }

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
