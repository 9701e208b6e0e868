package dev.kg.resolve;

import static dev.kg.extract.EntityType.LOCATION;
import static dev.kg.extract.EntityType.ORGANIZATION;
import static dev.kg.extract.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.EntityType;
import dev.kg.name.NameKey;
import dev.kg.resolve.DocumentNames.LocalName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResolverTest {

  private final InMemoryNames corpus = new InMemoryNames();
  private final Map<DocumentNames, String> documentIds = new IdentityHashMap<>();

  @Test
  void shouldTakeTheOnePersonWhoseNameEndsWithAShortName() {
    // given one document that names Vladimir Putin in full, another that only says Putin
    store(document(name("Vladimir Putin", PERSON)));
    DocumentNames shortOnly = store(document(name("Putin", PERSON)));

    // when / then
    assertThat(idsOf(shortOnly)).containsExactly("person:vladimir-putin");
  }

  @Test
  void shouldLeaveAShortPersonNameOfSeveralPeopleOnItsOwn() {
    // given two people called Kim in the corpus
    store(document(name("Kim Jong Un", PERSON)));
    store(document(name("Kim Yo Jong", PERSON)));
    DocumentNames bare = store(document(name("Kim", PERSON)));

    // when / then: no global guess
    assertThat(idsOf(bare)).containsExactly("person:kim");
  }

  @Test
  void shouldLeaveANameThatManyFullerNamesShareOnItsOwn() {
    // given seventeen people called John, of whom one is a person by most uses
    for (int i = 0; i < 16; i++) {
      store(document(name("John Doe" + (char) ('a' + i), ORGANIZATION)));
    }
    store(document(name("John Smith", PERSON)));
    DocumentNames bare = store(document(name("John", PERSON)));

    // when / then: too common a word to stand for anyone
    assertThat(idsOf(bare)).containsExactly("person:john");
  }

  @Test
  void shouldKeepPeopleWithOneFirstNameApart() {
    // given two Alexanders named in full
    DocumentNames fomin = store(document(name("Alexander Fomin", PERSON)));
    DocumentNames kozlov = store(document(name("Alexander Kozlov", PERSON)));

    // when / then
    assertThat(idsOf(fomin)).containsExactly("person:alexander-fomin");
    assertThat(idsOf(kozlov)).containsExactly("person:alexander-kozlov");
  }

  @Test
  void shouldTakeTheExpansionOfAnAcronymFromAnotherDocument() {
    // given
    store(document(name("Korean Central News Agency", ORGANIZATION)));
    DocumentNames acronym = store(document(name("KCNA", ORGANIZATION)));
    store(document(name("United States", LOCATION)));
    DocumentNames dotted = store(document(name("U.S.", LOCATION)));

    // when / then
    assertThat(idsOf(acronym)).containsExactly("organization:korean-central-news-agency");
    assertThat(idsOf(dotted)).containsExactly("location:united-states");
  }

  @Test
  void shouldPreferTheExpansionWhoseEveryWordTheAcronymSpells() {
    // given
    store(document(name("Control of Intelligence Activities", ORGANIZATION)));
    store(document(name("Central Intelligence Agency", ORGANIZATION)));
    DocumentNames acronym = store(document(name("CIA", ORGANIZATION)));

    // when / then
    assertThat(idsOf(acronym)).containsExactly("organization:central-intelligence-agency");
  }

  @Test
  void shouldNotTakeAnExpansionOfAnotherTypeOrOneOfTwo() {
    // given "UN" could be the United Nations or Universal Networks; "NSC" has only a place to match
    store(document(name("United Nations", ORGANIZATION)));
    store(document(name("Universal Networks", ORGANIZATION)));
    store(document(name("North South Corridor", LOCATION)));
    DocumentNames acronyms = store(document(name("UN", ORGANIZATION), name("NSC", ORGANIZATION)));

    // when / then
    assertThat(idsOf(acronyms)).containsExactly("organization:nsc", "organization:un");
  }

  @Test
  void shouldTakeALongerOrganisationNameWhenTheDocumentNamesThePlaceItsFirstWordIsFrom() {
    // given
    store(document(name("Korean Central News Agency", ORGANIZATION)));
    DocumentNames aboutKorea =
        store(document(name("Central News Agency", ORGANIZATION), name("North Korea", LOCATION)));

    // when / then
    assertThat(idsOf(aboutKorea))
        .containsExactly("location:north-korea", "organization:korean-central-news-agency");
  }

  @Test
  void shouldKeepAShortOrganisationNameApartWithoutThatPlace() {
    // given Russia's Security Council, in a corpus that knows two longer Security Councils
    store(document(name("UN Security Council", ORGANIZATION)));
    store(document(name("Russian Security Council", ORGANIZATION)));
    DocumentNames ukraine =
        store(document(name("Security Council", ORGANIZATION), name("Ukraine", LOCATION)));
    DocumentNames russia =
        store(document(name("Security Council", ORGANIZATION), name("Russia", LOCATION)));

    // when / then
    assertThat(idsOf(ukraine)).containsExactly("location:ukraine", "organization:security-council");
    assertThat(idsOf(russia)).containsExactly("location:russia", "organization:russian-security-council");
  }

  @Test
  void shouldTakeALongerOrganisationNameThatAddsTheNameOfAPlaceTheDocumentNames() {
    // given "the Freedonia Fishing Union said ... the Fishing Union's members ..." in one document
    store(document(name("Freedonia Fishing Union", ORGANIZATION)));
    DocumentNames aboutFreedonia =
        store(document(name("Fishing Union", ORGANIZATION), name("Freedonia", LOCATION)));

    // when / then
    assertThat(idsOf(aboutFreedonia)).containsExactly("location:freedonia", "organization:freedonia-fishing-union");
  }

  @Test
  void shouldTakeALongerOrganisationNameThatAddsAPlacesTwoWordNameOrItsInitials() {
    // given the United States and two longer names of one office, one with the country's name, one its initials
    store(document(name("United States Office of Fisheries", ORGANIZATION)));
    store(document(name("US Fisheries Office", ORGANIZATION)));
    DocumentNames office =
        store(document(name("Office of Fisheries", ORGANIZATION), name("United States", LOCATION)));
    DocumentNames fisheries =
        store(document(name("Fisheries Office", ORGANIZATION), name("United States", LOCATION)));

    // when / then
    assertThat(idsOf(office))
        .containsExactly("location:united-states", "organization:united-states-office-of-fisheries");
    assertThat(idsOf(fisheries)).containsExactly("location:united-states", "organization:us-fisheries-office");
  }

  @Test
  void shouldKeepAShortOrganisationNameApartWhenTheAddedWordsNameNoPlaceOfTheDocument() {
    // given longer names that add another country's name, and words that name no place
    store(document(name("Ruritania Fishing Union", ORGANIZATION)));
    store(document(name("Department of Port Security", ORGANIZATION)));
    DocumentNames union =
        store(document(name("Fishing Union", ORGANIZATION), name("Freedonia", LOCATION)));
    DocumentNames security =
        store(document(name("Port Security", ORGANIZATION), name("Freedonia", LOCATION)));

    // when / then
    assertThat(idsOf(union)).containsExactly("location:freedonia", "organization:fishing-union");
    assertThat(idsOf(security)).containsExactly("location:freedonia", "organization:port-security");
  }

  @Test
  void shouldTypeANameByMostOfItsUsesAcrossTheCorpus() {
    // given one document tags Pyongyang an organisation, two others a place
    DocumentNames mistagged = store(document(name("Pyongyang", ORGANIZATION)));
    store(document(name("Pyongyang", LOCATION)));
    store(document(name("Pyongyang", LOCATION)));

    // when / then
    assertThat(idsOf(mistagged)).containsExactly("location:pyongyang");
  }

  @Test
  void shouldKeepTheTypeADocumentGivesANameRepeatedlyAgainstTheCorpusMajority() {
    // given three documents name a club after its city, one names the city twice, another once
    for (int i = 0; i < 3; i++) {
      store(document(name("Boston", ORGANIZATION)));
    }
    DocumentNames city = store(document(name("Boston", LOCATION, 2)));
    DocumentNames once = store(document(name("Boston", LOCATION)));

    // when / then
    assertThat(idsOf(city)).containsExactly("location:boston");
    assertThat(idsOf(once)).containsExactly("organization:boston");
  }

  @Test
  void shouldKeepTheTypeADocumentsTextShowsOnceAgainstTheCorpusMajority() {
    // given three documents name a club after its city, and one names the city once, in a dateline
    for (int i = 0; i < 3; i++) {
      store(document(name("Boston", ORGANIZATION)));
    }
    DocumentNames dateline = store(document(nameTypedInContext("Boston", LOCATION)));

    // when / then
    assertThat(idsOf(dateline)).containsExactly("location:boston");
  }

  @Test
  void shouldUndoADecisionWhenTheDocumentThatMadeItGoes() {
    // given
    DocumentNames full = store(document(name("Vladimir Putin", PERSON)));
    DocumentNames shortOnly = store(document(name("Putin", PERSON)));

    // when
    corpus.forget(documentIds.get(full));

    // then
    assertThat(idsOf(shortOnly)).containsExactly("person:putin");
  }

  @Test
  void shouldDecideTheSameWhateverOrderDocumentsArriveIn() {
    // given documents whose decisions depend on each other
    List<DocumentNames> documents =
        List.of(
            document(name("Putin", PERSON), name("KCNA", ORGANIZATION)),
            document(name("Vladimir Putin", PERSON), name("Pyongyang", ORGANIZATION)),
            document(name("Korean Central News Agency", ORGANIZATION), name("Pyongyang", LOCATION)),
            document(name("Kim", PERSON), name("Kim Jong Un", PERSON)),
            document(name("Pyongyang", LOCATION), name("Kim Yo Jong", PERSON)));
    Map<Integer, List<String>> expected = resolveAll(documents);

    // when
    List<DocumentNames> reversed = new ArrayList<>(documents);
    Collections.reverse(reversed);
    InMemoryNames other = new InMemoryNames();
    for (int i = 0; i < reversed.size(); i++) {
      other.add("reversed-" + i, reversed.get(i));
    }

    // then
    for (int i = 0; i < documents.size(); i++) {
      assertThat(ids(documents.get(i), other)).isEqualTo(expected.get(i));
    }
    assertThat(expected.get(0)).containsExactly("organization:korean-central-news-agency", "person:vladimir-putin");
    assertThat(expected.get(1)).contains("location:pyongyang");
  }

  @Test
  void shouldListTheNamesAChangeCanRedecide() {
    // given / when
    Set<String> affected = Resolver.affectedBy(List.of("korean-central-news-agency"));

    // then
    assertThat(affected)
        .containsExactlyInAnyOrder(
            "korean-central-news-agency", "korean", "agency", "kcna", "central-news-agency", "news-agency");
  }

  private Map<Integer, List<String>> resolveAll(List<DocumentNames> documents) {
    documents.forEach(this::store);
    Map<Integer, List<String>> ids = new TreeMap<>();
    for (int i = 0; i < documents.size(); i++) {
      ids.put(i, ids(documents.get(i), corpus));
    }
    return ids;
  }

  private DocumentNames store(DocumentNames document) {
    String id = "document-" + documentIds.size();
    documentIds.put(document, id);
    corpus.add(id, document);
    return document;
  }

  private List<String> idsOf(DocumentNames document) {
    return ids(document, corpus);
  }

  private static List<String> ids(DocumentNames document, CorpusNames names) {
    return Resolver.targets(document, names).values().stream()
        .map(Resolver.Target::id)
        .distinct()
        .sorted()
        .toList();
  }

  static LocalName name(String name, EntityType type) {
    return name(name, type, 1);
  }

  static LocalName name(String name, EntityType type, int mentions) {
    return name(name, type, mentions, false);
  }

  private static LocalName nameTypedInContext(String name, EntityType type) {
    return name(name, type, 1, true);
  }

  private static LocalName name(String name, EntityType type, int mentions, boolean typedInContext) {
    String key = NameKey.of(name).slug();
    return new LocalName(type.name().toLowerCase() + ":" + key, NameUse.of(key, type, mentions), typedInContext);
  }

  static DocumentNames document(LocalName... names) {
    Set<String> places =
        Arrays.stream(names).filter(n -> n.use().locations() > 0).map(n -> n.use().key()).collect(Collectors.toSet());
    return new DocumentNames(List.of(names), places);
  }
}
