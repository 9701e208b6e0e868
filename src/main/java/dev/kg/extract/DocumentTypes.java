package dev.kg.extract;

import static dev.kg.extract.NameCandidate.distinctNames;
import static dev.kg.extract.NameCandidate.fullerPersonNames;
import static dev.kg.extract.NameCandidate.isFullerOrganisationName;
import static dev.kg.extract.NameCandidate.isFullerPersonName;
import static dev.kg.extract.NameCandidate.majority;
import static dev.kg.extract.NameCandidate.startsWithGivenName;
import static dev.kg.extract.NameCandidate.titledPerson;

import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The type, and a place's kind, of each name candidate, made consistent within the document: one
 * type per name, except where the text around a mention shows otherwise.
 */
final class DocumentTypes {

  private DocumentTypes() {}

  /** Retypes {@code candidates} in place; the rules run in this order, each reading the last one's types. */
  static void assign(List<NameCandidate> candidates, AnnotatedText annotated) {
    PlaceLists.placesBeforeARegion(candidates, annotated);
    PlaceLists.placesListedWithPlaces(candidates, annotated);
    placesDefinedAsPlaces(candidates);
    unifyTypesPerName(candidates);
    personsByTheirNames(candidates);
    PlaceLists.kindsFromCoordination(candidates, annotated);
  }

  /**
   * A name the text defines as a settlement or landform ("Leonessa is a town") or calls a city, a town
   * or a capital ("The capital, Plymouth, in the south east") is a place there, and in every other
   * mention the models took for a person: a town is no person, but it often lends its name to a club
   * ("in Taibe, an Arab town", then "Taibe supporters"), so another mention typed an organisation stays
   * one. The definition holds against the corpus majority.
   */
  private static void placesDefinedAsPlaces(List<NameCandidate> candidates) {
    Set<NameKey> defined =
        candidates.stream().filter(c -> c.definedAsPlace).map(c -> c.key).collect(Collectors.toSet());
    for (NameCandidate candidate : candidates) {
      if (defined.contains(candidate.key) && (candidate.definedAsPlace || candidate.type == EntityType.PERSON)) {
        candidate.type = EntityType.LOCATION;
        candidate.placeInContext = true;
      }
    }
  }

  /**
   * One name decides one type per document: the type most of its mentions were tagged with, or an
   * organisation where one of them writes it with a company's legal form. A mention
   * whose context shows it is a place keeps that type: the city in a dateline is not the team named
   * after it in the results below. So does an organisation that acts where most mentions make the name
   * a place: "the White House refused" is the administration, "at the White House" the building.
   */
  private static void unifyTypesPerName(List<NameCandidate> candidates) {
    Map<NameKey, List<NameCandidate>> byKey =
        candidates.stream()
            .filter(c -> !c.placeInContext)
            .collect(Collectors.groupingBy(c -> c.key, LinkedHashMap::new, Collectors.toList()));
    // Read before any type changes, so that no name's type depends on the order names are typed in.
    Set<NameKey> shortPersonNames = candidates.stream()
        .filter(shortName -> candidates.stream().anyMatch(c -> isFullerPersonName(c, shortName)))
        .map(c -> c.key)
        .collect(Collectors.toSet());
    for (List<NameCandidate> sameName : byKey.values()) {
      // a legal form says company however the models read the name without it ("Johnson Controls Inc")
      EntityType type = sameName.stream().anyMatch(c -> NameKey.endsInLegalForm(c.text))
          ? EntityType.ORGANIZATION : typeOfName(sameName, shortPersonNames.contains(sameName.get(0).key));
      for (NameCandidate candidate : sameName) {
        candidate.type = type == EntityType.LOCATION && candidate.organizationInContext ? EntityType.ORGANIZATION : type;
      }
    }
  }

  /**
   * The type most mentions of one name were tagged with. Where as many were tagged a person as an
   * organisation, the name is a person only if it starts with a given name in CoreNLP's list, a title
   * stands before one of its person mentions (`President Ford`) or it begins or ends a fuller person's
   * name the document gives (`Cribbins` after `Bernard Cribbins`): the models read unfamiliar names of
   * companies and clubs as persons (`Roketsan`, `Fyllingen Fotball`), so such a split is no evidence of
   * one. A split between a person and a place stays a person, as it did: going to the place lost
   * persons plain CoreNLP had (`Joukahainen`) and made a place of `Kanye West`.
   */
  private static EntityType typeOfName(List<NameCandidate> sameName, boolean shortPersonName) {
    EntityType type = majority(sameName, c -> c.type);
    long persons = sameName.stream().filter(c -> c.type == EntityType.PERSON).count();
    long organizations = sameName.stream().filter(c -> c.type == EntityType.ORGANIZATION).count();
    boolean personEvidence = shortPersonName
        || startsWithGivenName(sameName.get(0))
        || titledPerson(sameName, sameName.get(0).key);
    return type == EntityType.PERSON && organizations == persons && !personEvidence ? EntityType.ORGANIZATION : type;
  }

  /**
   * A name the models typed an organisation is a person where the document's own person names say so:
   * a one-word name that begins or ends exactly one fuller person's name and begins no fuller organisation's
   * (`Brash's job` after `Don Brash`, the chant `Muqtada!` before `Muqtada Sadr`), and a name of two
   * words whose last word the document names as a person by itself (the headline's `Scooter Libby` before
   * `Libby said`, `Itchō Itō` before `Itō was shot`). News gives a person in full once and by one name
   * after, and the CoNLL model, reading a name alone without a title, a verb of its own or a given
   * name it knows, often takes it for an organisation. The mirror of
   * {@link NameClusters#mergeCompanyFirstWords}, so a company's first word after its full name
   * ("Imperial Oil Ltd ... Imperial said") stays the company; a legal form or the text around a place
   * keeps its type.
   */
  private static void personsByTheirNames(List<NameCandidate> candidates) {
    Set<NameKey> singleWordPersons = candidates.stream()
        .filter(c -> c.type == EntityType.PERSON && c.key.tokens().size() == 1)
        .map(c -> c.key)
        .collect(Collectors.toSet());
    List<NameCandidate> persons = new ArrayList<>();
    for (NameCandidate candidate : candidates) {
      if (candidate.type != EntityType.ORGANIZATION || candidate.placeInContext || NameKey.endsInLegalForm(candidate.text)) {
        continue;
      }
      List<String> words = candidate.key.tokens();
      boolean shortName = words.size() == 1
          && fullerPersonNames(candidates, candidate).size() == 1
          && distinctNames(candidates, c -> isFullerOrganisationName(c, candidate)).isEmpty();
      // two words as written: "McMaster & James", a band, is no given name and surname
      boolean fullName = candidate.tokenEnd - candidate.tokenStart == 2 && words.size() == 2
          && singleWordPersons.contains(NameKey.of(words.get(1)));
      if (shortName || fullName) {
        persons.add(candidate);
      }
    }
    // Typed after all are found, so that no name's type depends on the order names are read in.
    persons.forEach(candidate -> candidate.type = EntityType.PERSON);
  }
}
