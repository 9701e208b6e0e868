package dev.kg.extract.relation;

import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import dev.kg.nlp.AnnotatedText.Dependency;
import java.util.Optional;
import java.util.Set;

/**
 * Where organisations and places are, from the parse: "Springfield, Illinois" (a place, a comma, a
 * larger place), "the port in Vladivostok", "North Korea's official news agency KCNA", "an
 * institute based in Seoul". Each is {@code LOCATED_IN} from the organisation or smaller place to the
 * place that contains it.
 */
final class PlaceExtractor {

  private static final Set<String> CONTAINING = Set.of("nmod:in", "nmod:poss", "obl:in");

  private final EntityIndex index;
  private final FactSink sink;

  PlaceExtractor(EntityIndex index, FactSink sink) {
    this.index = index;
    this.sink = sink;
  }

  void extract(ParsedSentence sentence) {
    for (int t = 0; t < sentence.size(); t++) {
      Optional<Mention> inner = name(sentence, t);
      if (inner.isEmpty() || index.typeOf(inner.get().entityId()) == EntityType.PERSON) {
        continue;
      }
      commaPlace(sentence, t, inner.get());
      for (Dependency edge : sentence.dependents(t)) {
        if (CONTAINING.contains(edge.relation())) {
          contained(sentence, inner.get(), edge.dependent(), edge.relation().equals("nmod:poss") ? 0.6 : 0.7, "place-modifier");
        } else if (edge.relation().equals("acl") && sentence.token(edge.dependent()).lemma().equals("base")) {
          for (int place : sentence.dependents(edge.dependent(), r -> r.equals("obl:in") || r.equals("nmod:in"))) {
            contained(sentence, inner.get(), place, 0.85, "based-in");
          }
        }
      }
    }
  }

  /** "Springfield, Illinois": a place name, a comma, and the name of a larger place. */
  private void commaPlace(ParsedSentence sentence, int token, Mention inner) {
    if (index.typeOf(inner.entityId()) != EntityType.LOCATION || index.isCountry(inner.entityId())
        || token + 2 >= sentence.size() || !sentence.token(token + 1).word().equals(",")
        || name(sentence, token).map(m -> m.end() > sentence.token(token).end()).orElse(true)) {
      return;
    }
    name(sentence, token + 2)
        .filter(outer -> index.typeOf(outer.entityId()) == EntityType.LOCATION)
        .filter(outer -> index.isCountry(outer.entityId()) || "STATE_OR_PROVINCE".equals(outer.nerTag()))
        .ifPresent(outer -> sink.add("LOCATED_IN", inner, outer, 0.85, sentence.index(), null, null, "place-comma-place"));
  }

  private void contained(ParsedSentence sentence, Mention inner, int token, double confidence, String method) {
    name(sentence, token)
        .filter(outer -> index.typeOf(outer.entityId()) == EntityType.LOCATION)
        .filter(outer -> !(index.typeOf(inner.entityId()) == EntityType.LOCATION && index.isCountry(inner.entityId())))
        .ifPresent(outer -> sink.add("LOCATED_IN", inner, outer, confidence, sentence.index(), null, null, method));
  }

  private Optional<Mention> name(ParsedSentence sentence, int token) {
    return index.mentionAt(sentence.token(token)).filter(Mention::isName);
  }
}
