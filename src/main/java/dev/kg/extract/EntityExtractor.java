package dev.kg.extract;

import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.ingest.SourceDocument;
import dev.kg.name.CanonicalName;
import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns one annotated document into its entities and mentions: which spans name a person,
 * organisation or place, which of them name the same one, and which pronouns refer to it.
 *
 * <p>Within a document, mentions are one entity when their {@link NameKey names} agree, when a
 * shorter person name begins or ends exactly one fuller person name ({@code Putin} after {@code
 * Vladimir Putin}, {@code Kim} after {@code Kim Jong Un}, {@code De Vries} after {@code Pieter de
 * Vries}), when a one-word name begins exactly one fuller organisation name and no person's ({@code
 * Imperial} after {@code Imperial Oil Ltd}), or when an acronym spells the initials of exactly one longer name of its type ({@code
 * KCNA}, {@code U.S.}). Coreference
 * only ever attaches pronouns to an entity, and only when its chain points at a single entity: the
 * chains CoreNLP builds sometimes join distinct names ({@code UN Security Council} with {@code
 * National Security Council}), so they never merge names.
 *
 * <p>The steps are classes of this package: {@code NameCandidates} finds the names and their types by
 * their own words, {@code DocumentTypes} makes the types consistent within the document, {@code
 * NameClusters} groups the names into entities, and {@code AttachedMentions} adds the pronouns,
 * short names and demonyms that refer to them.
 *
 * <pre>{@code
 * DocumentExtraction extraction = new EntityExtractor().extract(document, annotator.annotate(document.text(), null));
 * }</pre>
 */
public final class EntityExtractor {

  /** Extracts the entities and mentions of {@code document}, annotated as {@code annotated}. */
  public DocumentExtraction extract(SourceDocument document, AnnotatedText annotated) {
    // A wire's sign-off gives no mention, neither a name nor one coreference attaches.
    int signOff = SignOff.sentence(document.text(), annotated);
    List<NameCandidate> candidates = NameCandidates.in(document, annotated, signOff);
    DocumentTypes.assign(candidates, annotated);

    Map<String, Entity> entities = new TreeMap<>();
    List<Mention> mentions = new ArrayList<>();
    Map<NameCandidate, String> entityOf = new HashMap<>();
    for (List<NameCandidate> cluster : NameClusters.of(candidates)) {
      Entity entity = entity(cluster, annotated);
      entities.merge(entity.id(), entity, EntityExtractor::union);
      for (NameCandidate candidate : cluster) {
        entityOf.put(candidate, entity.id());
        mentions.add(
            new Mention(
                entity.id(),
                candidate.start,
                candidate.end,
                candidate.sentence,
                candidate.text,
                candidate.nerTag));
      }
    }
    List<Mention> corefMentions =
        AttachedMentions.byCoreference(document.text(), annotated, candidates, entityOf, entities);
    corefMentions.removeIf(mention -> mention.sentence() == signOff);
    mentions.addAll(corefMentions);
    corefMentions.stream()
        .filter(Mention::isName)
        .forEach(m -> entities.computeIfPresent(m.entityId(), (id, e) -> withAliases(e, List.of(m.text()))));
    mentions.addAll(AttachedMentions.demonyms(document.text(), annotated, candidates, entities.values()));
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    List<Span> sentences =
        annotated.sentences().stream().map(s -> new Span(s.start(), s.end())).toList();
    return new DocumentExtraction(document, sentences, List.copyOf(entities.values()), mentions);
  }

  private static Entity entity(List<NameCandidate> cluster, AnnotatedText annotated) {
    // The document's uses of a name are its mentions written so; the first of them gives the type.
    String name =
        CanonicalName.of(cluster.stream().collect(Collectors.groupingBy(c -> c.text, Collectors.counting())));
    NameCandidate canonical = cluster.stream().filter(c -> c.text.equals(name)).findFirst().orElseThrow();
    EntityType type = canonical.type;
    LocationKind kind = type != EntityType.LOCATION ? null : kind(cluster, annotated);
    Set<String> aliases = cluster.stream().map(c -> c.text).collect(Collectors.toCollection(TreeSet::new));
    boolean typedInContext = type == EntityType.LOCATION && cluster.stream().anyMatch(c -> c.placeInContext)
        || type == EntityType.ORGANIZATION && cluster.stream().anyMatch(c -> c.organizationInContext);
    return new Entity(idOf(type, canonical.text), type, kind, canonical.text, List.copyOf(aliases), typedInContext);
  }

  /**
   * The kind of a place: the majority of the kinds its mentions' own text states ("the Kursk border
   * region"), else of the kinds gazetteers and tags give them. Any evidence of a kind beats none: one
   * dateline makes a city of a name its other mentions leave OTHER.
   */
  private static LocationKind kind(List<NameCandidate> cluster, AnnotatedText annotated) {
    // Asked of each mention's own words: a repeat of a name takes its kind from the name it repeats.
    Map<NameCandidate, LocationKind> stated = new HashMap<>();
    for (NameCandidate c : cluster) {
      c.statedKind(annotated).ifPresent(k -> stated.put(c, k));
    }
    if (!stated.isEmpty()) {
      return NameCandidate.majority(List.copyOf(stated.keySet()), stated::get);
    }
    List<NameCandidate> kinded = cluster.stream().filter(c -> c.placeKind != LocationKind.OTHER).toList();
    return kinded.isEmpty() ? LocationKind.OTHER : NameCandidate.majority(kinded, c -> c.placeKind);
  }

  /** The stable id of an entity: its type and the key of its canonical name. */
  private static String idOf(EntityType type, String canonicalName) {
    return EntityId.of(type, NameKey.of(canonicalName).slug());
  }

  /** Two clusters that ended with the same id (e.g. an unmatched short name equal to a full one) are one entity. */
  private static Entity union(Entity a, Entity b) {
    return withAliases(a, b.aliases(), a.typedInContext() || b.typedInContext());
  }

  private static Entity withAliases(Entity entity, Collection<String> more) {
    return withAliases(entity, more, entity.typedInContext());
  }

  private static Entity withAliases(Entity entity, Collection<String> more, boolean typedInContext) {
    Set<String> aliases = new TreeSet<>(entity.aliases());
    aliases.addAll(more);
    return new Entity(entity.id(), entity.type(), entity.kind(), entity.name(), List.copyOf(aliases), typedInContext);
  }
}
