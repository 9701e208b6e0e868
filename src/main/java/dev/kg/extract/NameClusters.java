package dev.kg.extract;

import static dev.kg.extract.NameCandidate.distinctNames;
import static dev.kg.extract.NameCandidate.fullerPersonNames;
import static dev.kg.extract.NameCandidate.isFullerOrganisationName;
import static dev.kg.extract.NameCandidate.isFullerPersonName;
import static dev.kg.extract.NameCandidate.titledPerson;

import dev.kg.name.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of a document's name candidates name one entity, by the rules {@link EntityExtractor}
 * describes; a company's first word that joins the company's name is typed an organisation. A
 * union-find over candidate indexes: the smallest index is each cluster's root, for determinism.
 */
final class NameClusters {

  private final int[] parent;

  private NameClusters(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int rootA = find(a);
    int rootB = find(b);
    if (rootA != rootB) {
      parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
  }

  /** The candidates grouped by the entity they name, in the order of each group's first candidate. */
  static List<List<NameCandidate>> of(List<NameCandidate> candidates) {
    NameClusters clusters = new NameClusters(candidates.size());
    mergeSameNames(candidates, clusters);
    mergeShortPersonNames(candidates, clusters);
    mergeLoneTitles(candidates, clusters);
    mergeCompanyFirstWords(candidates, clusters);
    mergeAcronyms(candidates, clusters);

    Map<Integer, List<NameCandidate>> byCluster = new TreeMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      byCluster.computeIfAbsent(clusters.find(i), root -> new ArrayList<>()).add(candidates.get(i));
    }
    return List.copyOf(byCluster.values());
  }

  private static void mergeSameNames(List<NameCandidate> candidates, NameClusters clusters) {
    Map<String, Integer> firstWithName = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Integer first = firstWithName.putIfAbsent(candidates.get(i).identity(), i);
      if (first != null) {
        clusters.union(first, i);
      }
    }
  }

  private static void mergeShortPersonNames(List<NameCandidate> candidates, NameClusters clusters) {
    for (int i = 0; i < candidates.size(); i++) {
      NameCandidate shortName = candidates.get(i);
      if (shortName.type != EntityType.PERSON) {
        continue;
      }
      List<Integer> fuller = fullerPersonNames(candidates, shortName);
      if (fuller.size() == 1) {
        clusters.union(fuller.get(0), i);
      }
    }
  }

  /**
   * A title standing alone that the models read as a person ("the Pope") is the one person the
   * document names with that title before the name ("Pope Clement XV", kg's "Clement XV"): news names
   * the holder once in full and by the office after. With two such people ("President Ford",
   * "President Carter") or none, it stays a person of its own.
   */
  private static void mergeLoneTitles(List<NameCandidate> candidates, NameClusters clusters) {
    for (int i = 0; i < candidates.size(); i++) {
      NameCandidate title = candidates.get(i);
      if (title.type != EntityType.PERSON || !title.loneTitle) {
        continue;
      }
      String word = title.text.toLowerCase(Locale.ROOT);
      List<Integer> holders = distinctNames(candidates, c -> c.type == EntityType.PERSON
          && !c.key.equals(title.key) && word.equals(c.titleBefore));
      if (holders.size() == 1) {
        clusters.union(holders.get(0), i);
      }
    }
  }

  /**
   * A one-word name that begins exactly one fuller organisation name in the document and no person's
   * is that organisation, whatever type the models gave it: news names a company in full once and by
   * its first word after ("Imperial Oil Ltd ... Imperial said"), where the models, seeing a
   * capitalised word alone before a verb, often read a person ("Norvik said"). A place stays a place
   * (a company named after its town), and so does a name the document gives as a place elsewhere, in
   * whatever type the models read it here (the town "Durham" beside the electoral district "Durham
   * Riding"), and so does a person a title stands before ("Prime Minister
   * Howard" beside "the Howard Government"), and an acronym stays itself unless only a legal form
   * follows it in the fuller name. Where the company's name is written with its legal form, a person's
   * name of several words it begins is the company too ("Bear Stearns" after "Bear Stearns and Co"):
   * firms are named after their founders.
   */
  private static void mergeCompanyFirstWords(List<NameCandidate> candidates, NameClusters clusters) {
    for (int i = 0; i < candidates.size(); i++) {
      NameCandidate shortName = candidates.get(i);
      boolean oneWord = shortName.key.tokens().size() == 1;
      if ((!oneWord && shortName.type != EntityType.PERSON) || shortName.type == EntityType.LOCATION
          || titledPerson(candidates, shortName.key) || givenAsPlace(candidates, shortName.key)) {
        continue;
      }
      // An acronym begins the names of its own bodies ("the UN" and "the UN Security Council"): it is
      // the company it begins only where nothing but a legal form follows it ("CSR" and "CSR Ltd"). A
      // name written in lower case anywhere in the document is no acronym ("IMPERIAL" in a headline).
      boolean acronym = candidates.stream()
          .filter(c -> c.key.equals(shortName.key))
          .allMatch(NameClusters::writtenInCapitals);
      List<Integer> companies = distinctNames(candidates, c -> isFullerOrganisationName(c, shortName)
          && (!oneWord
              ? NameKey.endsInLegalForm(c.text)
              : !acronym || c.key.tokens().stream().skip(1).allMatch(NameKey::isLegalForm)));
      List<Integer> people = distinctNames(candidates, c -> isFullerPersonName(c, shortName));
      if (companies.size() == 1 && people.isEmpty()) {
        shortName.type = EntityType.ORGANIZATION;
        clusters.union(companies.get(0), i);
      }
    }
  }

  private static void mergeAcronyms(List<NameCandidate> candidates, NameClusters clusters) {
    for (int i = 0; i < candidates.size(); i++) {
      NameCandidate acronym = candidates.get(i);
      if (acronym.type == EntityType.PERSON || !writtenInCapitals(acronym)) {
        continue;
      }
      List<Integer> expansions =
          distinctNames(
              candidates,
              c ->
                  c.type == acronym.type
                      && !c.key.equals(acronym.key)
                      && c.key.tokens().size() > 1
                      && acronym.key.isAcronymOf(c.text));
      if (expansions.size() == 1) {
        clusters.union(expansions.get(0), i);
      }
    }
  }

  /** Whether the document gives {@code key} as a place in some mention. */
  private static boolean givenAsPlace(List<NameCandidate> candidates, NameKey key) {
    return candidates.stream().anyMatch(c -> c.key.equals(key) && c.type == EntityType.LOCATION);
  }

  /** Whether a mention is written in capitals only, as an acronym is ("UN", "KCNA", "U.S."). */
  private static boolean writtenInCapitals(NameCandidate candidate) {
    return candidate.text.equals(candidate.text.toUpperCase(Locale.ROOT));
  }
}
