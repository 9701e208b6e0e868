package dev.kg.extract.event;

import static dev.kg.extract.DependencyIndex.lemma;
import static dev.kg.extract.event.PlacePhrases.isPlacePhrase;
import static dev.kg.extract.event.TriggerWords.partOfSpeech;

import dev.kg.extract.Animacy;
import dev.kg.extract.DependencyIndex;
import dev.kg.extract.EntityType;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The entity a phrase of a sentence stands for, and what kind of argument that makes it: a name, a
 * pronoun through coreference, a name inside the phrase or in apposition to it, a group's leader or
 * member, a relative pronoun's antecedent; whether the phrase is a place, a site or may be a being.
 */
final class PhraseEntities {

  // Relations through which a name inside a larger phrase stands for the phrase.
  private static final List<String> NAME_PARTS =
      List.of("appos", "compound", "flat", "nmod:poss", "nmod:of");

  /** Verbs whose agent leads the group a participle of theirs describes ("a delegation led by X"). */
  private static final Set<String> LEADING = Set.of("lead", "head", "command", "chair");

  private static final Set<String> LOCATION_TAGS =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "FACILITY");

  private final BiFunction<Integer, Token, String> entityAt;
  private final Map<String, EntityType> entityTypes;

  /**
   * @param entityAt the entity a token of a sentence refers to (by name, or as a pronoun through
   *     coreference), or {@code null}
   * @param entityTypes the type of each entity {@code entityAt} can return
   */
  PhraseEntities(BiFunction<Integer, Token, String> entityAt, Map<String, EntityType> entityTypes) {
    this.entityAt = entityAt;
    this.entityTypes = entityTypes;
  }

  /** The entity a token itself refers to (by name, or as a pronoun through coreference), or {@code null}. */
  String nameAt(DependencyIndex parse, Token token) {
    return entityAt.apply(parse.sentence().index(), token);
  }

  /** The type of an entity {@link #nameAt} or {@link #entityOf} returns. */
  EntityType typeOf(String entityId) {
    return entityTypes.get(entityId);
  }

  /**
   * The entity a phrase stands for: the one its head names, else a name inside it (in apposition, a
   * compound, a possessor or "of" phrase), else the name of its group's leader or member.
   */
  String entityOf(DependencyIndex parse, Token token) {
    String direct = nameAt(parse, token);
    if (direct != null || !token.pos().startsWith("NN")) {
      return direct;
    }
    if (token.ner().equals("TITLE")) {
      // A title stands for its holder: "met with Russian Minister of Ecology Alexander Kozlov", where the
      // parser hung the name on the title beside the nationality, met Kozlov, not Russia.
      for (String relation : NAME_PARTS) {
        for (Dependency edge : parse.dependents(token.index())) {
          String part = edge.relation().equals(relation) ? nameAt(parse, parse.token(edge.dependent())) : null;
          if (part != null && typeOf(part) == EntityType.PERSON) {
            return part;
          }
        }
      }
    }
    for (String relation : NAME_PARTS) {
      for (Dependency edge : parse.dependents(token.index())) {
        if (edge.relation().equals(relation)) {
          String part = nameAt(parse, parse.token(edge.dependent()));
          if (part != null) {
            return part;
          }
        }
      }
    }
    return groupsName(parse, token);
  }

  /**
   * The name that stands for a group the text does not name: who leads it ("the delegation, led by
   * Anna Lindqvist, met ...") or a member it names ("met senior officials, including Vo Van Thuong").
   * The graph can only hold a named party, and that one took part.
   */
  private String groupsName(DependencyIndex parse, Token group) {
    for (Dependency edge : parse.dependents(group.index())) {
      for (int named : leaderOrMember(parse, edge)) {
        String entityId = nameAt(parse, parse.token(named));
        if (entityId != null) {
          return entityId;
        }
      }
    }
    return null;
  }

  /** The words through which {@code edge} may name a group's leader ("led by X") or member ("including Y"). */
  private static List<Integer> leaderOrMember(DependencyIndex parse, Dependency edge) {
    if (edge.relation().equals("nmod:including")) {
      return List.of(edge.dependent());
    }
    if (edge.relation().equals("acl") && LEADING.contains(lemma(parse.token(edge.dependent())))) {
      return parse.dependents(edge.dependent(), r -> r.equals("obl:agent") || r.equals("obl:by"));
    }
    return List.of();
  }

  /**
   * The name a phrase is put beside, where the argument is that name rather than the noun it
   * describes: "a great man, Anna Berg, passed away" reports Anna Berg's death, as the annotated sets
   * mark it. Any other phrase is its own head.
   */
  int nameInApposition(DependencyIndex parse, int head, String entityId) {
    if (entityId == null || nameAt(parse, parse.token(head)) != null) {
      return head;
    }
    return parse.dependents(head, r -> r.equals("appos")).stream()
        .filter(appos -> entityId.equals(nameAt(parse, parse.token(appos))))
        .findFirst()
        .orElse(head);
  }

  /**
   * The name a place noun is "of", where the place is that name: "the town of Limbazi", "the city of
   * Lyon" say where by the name, as the annotated sets mark it. Only a common noun whose "of" phrase
   * names the location the phrase stands for; any other phrase is its own head.
   */
  int placeOf(DependencyIndex parse, int head, String entityId) {
    Token noun = parse.token(head);
    if (entityId == null || typeOf(entityId) != EntityType.LOCATION || nameAt(parse, noun) != null
        || !DependencyIndex.isCommonNoun(noun)) {
      return head;
    }
    return parse.dependents(head, r -> r.equals("nmod:of")).stream()
        .filter(of -> entityId.equals(nameAt(parse, parse.token(of))))
        .findFirst()
        .orElse(head);
  }

  /**
   * The name a thing that acts is named after, where the doer is that name: "the Islamic State militant
   * group launched attacks", "the CNAS paper urges Congress". A noun CoreNLP's animacy lists give as a
   * thing does nothing itself, so the organisation or person its compound names acts through it, and
   * the annotated sets mark that name. A being keeps its own word ("Taliban gunmen attacked": the
   * gunmen), and so does any phrase whose entity is not named inside it as a compound.
   */
  int actingName(DependencyIndex parse, int head, String entityId) {
    Token noun = parse.token(head);
    if (entityId == null || nameAt(parse, noun) != null || !DependencyIndex.isCommonNoun(noun)
        || !Animacy.coreNlp().isInanimate(lemma(noun))
        || typeOf(entityId) != EntityType.ORGANIZATION && typeOf(entityId) != EntityType.PERSON) {
      return head;
    }
    return parse.dependents(head, r -> r.equals("compound")).stream()
        .filter(part -> entityId.equals(nameAt(parse, parse.token(part))))
        .findFirst()
        .orElse(head);
  }

  /**
   * The group a number takes a part of ("two of the soldiers", "hundreds of thousands of Iraqis", "one
   * of whom"): the "of" phrase after a cardinal, which names who took part, where the number heads the
   * phrase only because it counts them. The enhanced parse already makes the group the head after a
   * quantity word it knows ("hundreds of hostages", "all of them"), not after a cardinal. A relative
   * pronoun there stands for its antecedent ({@link #antecedent}). Any other phrase is its own.
   */
  static int partitiveGroup(DependencyIndex parse, int head) {
    if (!parse.token(head).pos().equals("CD")) {
      return head;
    }
    return parse.dependents(head, r -> r.equals("nmod:of")).stream()
        .filter(group -> group > head && !article(parse.token(group)))
        .findFirst()
        .map(group -> antecedent(parse, group))
        .orElse(head);
  }

  /**
   * Whether a word is an article, which the parser makes the head of a phrase whose noun is a word of
   * another kind ("11 of the injured").
   */
  private static boolean article(Token word) {
    return word.pos().equals("DT") && Set.of("the", "a", "an").contains(lemma(word));
  }

  /**
   * The phrase a relative pronoun stands for, which is the argument ("Jan Kowalski (who died in 2019)"
   * reports his death, not that of "who"): the antecedent the enhanced parse refers it to, else the
   * noun its clause hangs from, where the parser attached a parenthetical clause as a bare dependent.
   * Any other phrase stands for itself.
   */
  static int antecedent(DependencyIndex parse, int head) {
    if (!parse.token(head).pos().equals("WP")) {
      return head;
    }
    Optional<Dependency> ref = parse.head(head, r -> r.equals("ref"));
    if (ref.isPresent() && ref.get().governor() >= 0) {
      return ref.get().governor();
    }
    return parse.heads(head).stream()
        .filter(d -> d.governor() >= 0)
        .flatMap(d -> parse.heads(d.governor()).stream())
        .filter(d -> d.governor() >= 0 && (d.relation().equals("acl:relcl") || d.relation().equals("dep"))
            && parse.token(d.governor()).pos().startsWith("NN"))
        .map(Dependency::governor)
        .findFirst()
        .orElse(head);
  }

  boolean isLocation(DependencyIndex parse, Token token, String entityId) {
    if (entityId != null) {
      return typeOf(entityId) == EntityType.LOCATION;
    }
    // An unnamed place ("at the station", "in the province"): a common noun that is no event itself,
    // nor the noun of a compound preposition.
    return LOCATION_TAGS.contains(token.ner())
        || token.ner().equals("O")
            && (token.pos().equals("NN") || token.pos().equals("NNS"))
            && EventType.forTrigger(lemma(token), 'N').isEmpty()
            && !opensAPreposition(parse, token);
  }

  /**
   * Whether a noun is the middle of a compound preposition: "in connection with the attack", "in
   * relation to", "in response to" say what something is linked to, not where it happened. Such a noun
   * is bare (no determiner, possessor or modifier) and takes a prepositional phrase of its own, other
   * than the "of" or place phrase of a place ("in parts of Dagestan", "in prison in Texas").
   */
  private static boolean opensAPreposition(DependencyIndex parse, Token noun) {
    if (!noun.pos().equals("NN") || !parse.dependents(noun.index(),
        r -> r.equals("det") || r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")).isEmpty()) {
      return false;
    }
    return !parse.dependents(noun.index(),
        r -> r.startsWith("nmod:") && !r.equals("nmod:of") && !isPlacePhrase(r)).isEmpty();
  }

  /**
   * Whether a name in an "at" phrase is a site the event took place at: CoreNLP's NER has no class
   * for buildings and premises and tags "the State Department", "Stormont Castle" or "Goldman Sachs"
   * as organisations, while "met at the State Department" says where the meeting was. Only the name
   * itself counts, not a common noun it modifies ("at a Goldman Sachs conference").
   */
  boolean isSite(DependencyIndex parse, Token token, String entityId) {
    return entityId != null
        && nameAt(parse, token) != null
        && typeOf(entityId) == EntityType.ORGANIZATION;
  }

  /**
   * Whether a phrase may name a being: a name (whose type CoreNLP may have got wrong: "Florence died"
   * is no place), or a word CoreNLP's animacy lists do not give as inanimate only ("the guards", "he",
   * "others"; not "the station", "a number").
   */
  static boolean mayBeABeing(Token head, String entityId) {
    return entityId != null || partOfSpeech(head) != 'N' || !Animacy.coreNlp().isInanimate(head.word());
  }
}
