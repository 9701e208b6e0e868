package dev.kg.extract;

import dev.kg.name.Demonyms;
import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.CorefChain;
import dev.kg.nlp.AnnotatedText.CorefMention;
import dev.kg.nlp.AnnotatedText.NamedMention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The mentions of a document's named entities that are no names the recogniser found: the pronouns
 * and short names coreference attaches to one entity, and the demonyms of its places.
 */
final class AttachedMentions {

  private static final Set<String> PERSON_PRONOUNS =
      Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
  private static final Set<String> NON_PERSON_PRONOUNS =
      Set.of("it", "its", "itself", "they", "them", "their", "theirs", "themselves", "we", "us", "our", "ours");

  private AttachedMentions() {}

  /**
   * Mentions that coreference attaches to a named entity: pronouns that agree with its type, and
   * shorter proper names made of its words ("Town" after "Jenny Town") that NER missed. A chain that
   * touches several entities, or a list ("Moscow and Pyongyang"), attaches nothing but its pronouns of
   * things, each to the organisation or place named nearest before it (see {@link #pronounsByNearestName}).
   */
  static List<Mention> byCoreference(
      String text, AnnotatedText annotated, List<NameCandidate> candidates, Map<NameCandidate, String> entityOf,
      Map<String, Entity> entities) {
    List<Mention> result = new ArrayList<>();
    for (CorefChain chain : annotated.corefChains()) {
      if (chain.mentions().stream().anyMatch(m -> m.form().equals("LIST"))) {
        continue;
      }
      Set<String> entityIds = new LinkedHashSet<>();
      List<Anchor> anchors = new ArrayList<>();
      boolean qualified = false;
      for (CorefMention mention : chain.mentions()) {
        for (NameCandidate candidate : candidates) {
          if (candidate.sentence != mention.sentence()) {
            continue;
          }
          boolean head = candidate.tokenStart <= mention.headToken() && mention.headToken() < candidate.tokenEnd;
          boolean qualifier = qualifiesHead(mention, candidate);
          if (head || qualifier) {
            anchors.add(new Anchor(mention.start(), entities.get(entityOf.get(candidate))));
          }
          if (head) {
            entityIds.add(entityOf.get(candidate));
          }
          qualified |= qualifier;
        }
      }
      boolean nearest = qualified || entityIds.size() > 1;
      if (nearest) {
        result.addAll(pronounsByNearestName(text, chain, candidates, anchors));
      }
      if (entityIds.size() != 1) {
        continue;
      }
      Entity entity = entities.get(entityIds.iterator().next());
      for (CorefMention mention : chain.mentions()) {
        boolean attachedByNearness =
            nearest && mention.form().equals("PRONOMINAL") && entity.type() != EntityType.PERSON;
        if (overlapsAny(mention, candidates) || attachedByNearness || isInTitle(annotated, mention)) {
          continue;
        }
        String surface = text.substring(mention.start(), mention.end());
        String nerTag = corefTag(mention, surface, entity);
        if (nerTag != null) {
          result.add(new Mention(entity.id(), mention.start(), mention.end(), mention.sentence(), surface, nerTag));
        }
      }
    }
    return result;
  }

  /**
   * A name right before the head noun of a common-noun mention names what the mention refers to:
   * "the Acme party", "the Acme group".
   */
  private static boolean qualifiesHead(CorefMention mention, NameCandidate candidate) {
    return mention.form().equals("NOMINAL")
        && mention.tokenStart() <= candidate.tokenStart
        && candidate.tokenEnd == mention.headToken();
  }

  /**
   * The pronouns of a chain that touches several entities, or one only through a name qualifying a
   * common noun ("the Acme party ... its leader"): coreference merges the mentions of neighbouring
   * organisations ("the Acme party lost its seats ... the Zenith Party"), so "it", "its" or "their"
   * refers to the nearest organisation or place named before it in the chain, never to one named later.
   * A chain that merges several people stays unattached: which of them "he" is, nearness does not say.
   */
  private static List<Mention> pronounsByNearestName(
      String text, CorefChain chain, List<NameCandidate> candidates, List<Anchor> anchors) {
    List<Mention> result = new ArrayList<>();
    for (CorefMention mention : chain.mentions()) {
      if (!mention.form().equals("PRONOMINAL") || overlapsAny(mention, candidates)) {
        continue;
      }
      String surface = text.substring(mention.start(), mention.end());
      anchors.stream()
          .filter(anchor -> anchor.start() < mention.start() && anchor.entity().type() != EntityType.PERSON
              && corefTag(mention, surface, anchor.entity()) != null)
          .max(Comparator.comparingInt(Anchor::start))
          .ifPresent(anchor -> result.add(new Mention(
              anchor.entity().id(), mention.start(), mention.end(), mention.sentence(), surface, "PRONOUN")));
    }
    return result;
  }

  /** A mention of a chain that names an entity, and where it starts in the text. */
  private record Anchor(int start, Entity entity) {}

  /**
   * A demonym ("Russian", "North Korean") refers to the one place the document names that it is the
   * demonym of, so that facts stated of "Russian officials" can reach Russia. It is not a name of the
   * place and adds no alias.
   */
  static List<Mention> demonyms(
      String text, AnnotatedText annotated, List<NameCandidate> candidates, Collection<Entity> entities) {
    List<Mention> result = new ArrayList<>();
    List<Entity> locations = entities.stream().filter(e -> e.type() == EntityType.LOCATION).toList();
    for (NamedMention mention : annotated.entityMentions()) {
      if (!mention.ner().equals("NATIONALITY")
          || !NameKey.isName(mention.text())
          || candidates.stream().anyMatch(c -> c.overlaps(mention.start(), mention.end()))) {
        continue;
      }
      Demonyms.coreNlp().onlyPlaceOf(mention.text(), locations, Entity::name)
          .ifPresent(place -> result.add(
              new Mention(
                  place.id(), mention.start(), mention.end(), mention.sentence(),
                  text.substring(mention.start(), mention.end()), "NATIONALITY")));
    }
    return result;
  }

  private static String corefTag(CorefMention mention, String surface, Entity entity) {
    switch (mention.form()) {
      case "PRONOMINAL" -> {
        String pronoun = surface.toLowerCase(Locale.ROOT);
        boolean agrees =
            entity.type() == EntityType.PERSON
                ? PERSON_PRONOUNS.contains(pronoun)
                : NON_PERSON_PRONOUNS.contains(pronoun);
        return agrees ? "PRONOUN" : null;
      }
      case "PROPER" -> {
        boolean partOfName =
            NameKey.isName(surface)
                && Character.isUpperCase(surface.codePointAt(0))
                && NameKey.of(entity.name()).tokens().containsAll(NameKey.of(surface).tokens());
        return partOfName ? entity.type().name() : null;
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Whether CoreNLP's fine-grained NER tags a word of {@code mention} {@code TITLE}: its gazetteer reads
   * "Secretary of Defense" and "the US Defense Secretary" as offices, so their "Defense" names no
   * department there, though coreference chains it with the "Defense" the document names as one.
   */
  private static boolean isInTitle(AnnotatedText annotated, CorefMention mention) {
    return annotated.sentences().get(mention.sentence()).tokens().subList(mention.tokenStart(), mention.tokenEnd())
        .stream().anyMatch(token -> token.ner().equals("TITLE"));
  }

  private static boolean overlapsAny(CorefMention mention, List<NameCandidate> candidates) {
    return candidates.stream().anyMatch(c -> c.overlaps(mention.start(), mention.end()));
  }
}
