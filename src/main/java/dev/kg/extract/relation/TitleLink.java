package dev.kg.extract.relation;

import dev.kg.extract.DependencyIndex;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.nlp.AnnotatedText.Dependency;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whether the parse gives a title CoreNLP's KBP extractor found for a person to someone else. A title
 * is linked to its holder in the holder's own noun phrase ("President Bush", "the spokesman, Sean
 * McCormack"), as the predicate of a copula ("Snow was a news anchor", "the current editor is Smith"),
 * after "as" on a verb or noun of the holder ("served as Attorney General", "his experience as health
 * secretary"). KBP's classifier reads the words around two names, not the parse, and gives a title to
 * the neighbour of the one it describes ("the opposition leader, Benazir Bhutto, and the US secretary of
 * state, Condoleezza Rice"; "Sergeant Ben Knight and Flight Lieutenant Steven Swarbrick"; "his
 * experience as health secretary during President Bush's first term") and to a name that only
 * qualifies it ("Allawi spokesman Thaer al-Naqib", "his Secretary of State"); a word that
 * cannot be part of a title ("1st" of "1st Lt.") is none either, nor is a denied one ("he is not a
 * leader"). Where the parse links the title to no one, KBP's reading stands: the parser misreads the
 * phrases KBP's words get right often enough ("gives the current president Hugo Chavez Frias the
 * victory"), and a gate asking for a link to the person itself lost as many right titles as wrong ones
 * on Wikinews.
 *
 * <pre>{@code
 * TitleLink.contradicts(sentence, title, personWords, otherPeoplesWords);   // words of each person's mentions in the sentence
 * }</pre>
 */
final class TitleLink {

  /** Edges from a title to the person it describes: an apposition, a bare {@code dep}, a copula's subject. */
  private static final Set<String> TITLE_TO_PERSON = Set.of("appos", "dep", "nsubj", "nsubj:pass", "nsubj:xsubj");
  /** Edges from a person to the title describing them: a compound ("President Bush"), an apposition, a modifier. */
  private static final Set<String> PERSON_TO_TITLE = Set.of("compound", "appos", "dep", "amod", "nsubj");
  /** Edges from the word an "as" phrase hangs on to the person it is said of. */
  private static final Set<String> AS_HOLDERS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "nmod:poss");
  /** Edges by which a name qualifies a title held by someone else ("Allawi spokesman", "his secretary"). */
  private static final Set<String> QUALIFIERS = Set.of("compound", "nmod:poss");

  private TitleLink() {}

  /**
   * Whether the parse contradicts giving the title at {@code title} to the person whose mentions in
   * {@code sentence} cover the words {@code person}: the title is no title word or is denied, the person
   * qualifies it, or the parse links it to one of {@code others} (the words of each other person's
   * mentions) and not to the person.
   */
  static boolean contradicts(ParsedSentence sentence, Span title, Set<Integer> person, Collection<Set<Integer>> others) {
    int head = sentence.headWord(title);
    // a denied title is no post held ("he is not a leader"), as kg's own copula reads it
    if (!RoleExtractor.isTitleWord(sentence.token(head)) || sentence.negated(head)
        || sentence.dependents(head, QUALIFIERS::contains).stream().anyMatch(person::contains)) {
      return true;
    }
    return heldByAnother(sentence, head, person, others);
  }

  /**
   * Whether the parse links the title whose head word is {@code title} to one of {@code others} (the words
   * of each other person's mentions) and not to the person whose mentions cover the words {@code person}.
   */
  static boolean heldByAnother(ParsedSentence sentence, int title, Set<Integer> person, Collection<Set<Integer>> others) {
    return !holds(sentence, title, person) && others.stream().anyMatch(other -> holds(sentence, title, other));
  }

  /** Whether the title whose head word is {@code title} describes the person whose mentions cover the words {@code person}. */
  private static boolean holds(ParsedSentence sentence, int title, Set<Integer> person) {
    if (person.contains(title)
        || sentence.dependents(title, TITLE_TO_PERSON::contains).stream().anyMatch(person::contains)) {
      return true;
    }
    for (Dependency edge : sentence.heads(title)) {
      if (PERSON_TO_TITLE.contains(edge.relation()) && person.contains(edge.governor())) {
        return true;
      }
      if (isAs(edge.relation()) && edge.governor() >= 0 && holders(sentence, edge.governor()).stream().anyMatch(person::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whom an "as" phrase on {@code word} describes: the object where it names someone ("Bush named Snow
   * as press secretary": Snow), else the subject or possessor ("Clement will serve as Attorney General",
   * "Rudd is gaining support as potential Prime Minister", "his experience as health secretary").
   */
  private static List<Integer> holders(ParsedSentence sentence, int word) {
    // a passive's subject is what the "as" phrase says ("Mukasey was confirmed as Attorney General,
    // succeeding Alberto Gonzales" has the parser hang Gonzales on the verb as its object)
    if (!sentence.dependents(word, r -> r.equals("nsubj:pass")).isEmpty()) {
      return sentence.dependents(word, AS_HOLDERS::contains);
    }
    List<Integer> objects = sentence.dependents(word, r -> r.equals("obj")).stream()
        .filter(object -> !DependencyIndex.isCommonNoun(sentence.token(object)))
        .toList();
    return objects.isEmpty() ? sentence.dependents(word, AS_HOLDERS::contains) : objects;
  }

  private static boolean isAs(String relation) {
    return relation.equals("obl:as") || relation.equals("nmod:as") || relation.equals("advcl:as");
  }
}
