package dev.kg.extract.relation;

import dev.kg.extract.EntityType;
import dev.kg.nlp.AnnotatedText.Dependency;
import java.util.ArrayList;
import java.util.List;

/**
 * Descriptions of a person written next to the name that the parser hung somewhere else, so that
 * neither the premodifier nor the appositive reading of {@link RoleExtractor} reaches them:
 *
 * <ul>
 *   <li>a noun right before the name whose dependent the name became through the catch-all {@code dep}
 *       ("against the Saudi preacher Omar Nasser", read as "preacher" {@code dep} "Nasser"): the noun
 *       and its modifiers are the name's premodifier;
 *   <li>an appositive name hung on the organisation or place that closes the description before it ("a
 *       spokesman for the Ruritanian Foreign Ministry, Anna Berg", read as the ministry's appositive): a
 *       person is never an appositive of an organisation, so the name describes the noun the
 *       organisation is attached to;
 *   <li>a name the parser coordinated with the title right before its comma ("the son of Ruritania's
 *       king, Karl Lund and ...", read as "king" and "Lund" conjoined).
 * </ul>
 *
 * <pre>{@code
 * for (StrayDescriptions.Description d : StrayDescriptions.of(sentence, index, first, last)) { ... }
 * }</pre>
 */
final class StrayDescriptions {

  /** The head noun of a description and how it was written (a pattern's name, as the evidence gives it). */
  record Description(int noun, String method) {}

  private StrayDescriptions() {}

  /** The descriptions of the person named by tokens {@code [first, last]} that the parse hung elsewhere. */
  static List<Description> of(ParsedSentence sentence, EntityIndex index, int first, int last) {
    List<Description> found = new ArrayList<>();
    for (int m = first; m <= last; m++) {
      for (Dependency edge : sentence.heads(m)) {
        int governor = edge.governor();
        if (governor < 0 || (governor >= first && governor <= last)) {
          continue;
        }
        if (edge.relation().equals("dep") && governor == first - 1 && isNationalsNoun(sentence, index, governor)) {
          found.add(new Description(governor, "title-before-name"));
        } else if (edge.relation().equals("appos") && governor < first && isNonPersonName(sentence, index, governor)) {
          sentence.heads(governor).stream()
              .filter(head -> head.relation().startsWith("nmod:") && head.governor() >= 0 && head.governor() < governor)
              .filter(head -> isTitle(sentence, index, head.governor()))
              .forEach(head -> found.add(new Description(head.governor(), "appositive")));
        } else if (edge.relation().equals("conj:and") && governor == first - 2
            && sentence.token(first - 1).word().equals(",") && isTitle(sentence, index, governor)) {
          found.add(new Description(governor, "appositive"));
        }
      }
    }
    return found;
  }

  /**
   * A common noun a nationality adjective modifies ("the Saudi preacher"): a word that says of a person
   * whose national they are, so a name after it is the person it describes. Without the nationality
   * the catch-all edge is no such sign ("the famous Oklahoma cowboy humorist Will Rogers" would hold a
   * post in Oklahoma).
   */
  private static boolean isNationalsNoun(ParsedSentence sentence, EntityIndex index, int token) {
    return sentence.token(token).pos().startsWith("NN") && !sentence.token(token).pos().startsWith("NNP")
        && index.mentionAt(sentence.token(token)).isEmpty()
        && sentence.dependents(token, r -> r.equals("amod") || r.equals("compound")).stream()
            .anyMatch(modifier -> sentence.token(modifier).ner().equals("NATIONALITY"));
  }

  /**
   * A singular noun NER tags as a title: the readings that move a name away from where the parser put
   * it take only a word that names a post ("an issue of the daily Novy Den, Premier Jan Kral said" keeps
   * "issue" from describing Kral).
   */
  private static boolean isTitle(ParsedSentence sentence, EntityIndex index, int token) {
    return sentence.token(token).pos().equals("NN") && sentence.token(token).ner().equals("TITLE")
        && index.mentionAt(sentence.token(token)).isEmpty();
  }

  private static boolean isNonPersonName(ParsedSentence sentence, EntityIndex index, int token) {
    return index.mentionAt(sentence.token(token))
        .filter(mention -> mention.isName() && index.typeOf(mention.entityId()) != EntityType.PERSON)
        .isPresent();
  }
}
