package dev.kg.resolve;

import static dev.kg.extract.EntityType.PERSON;
import static dev.kg.resolve.ResolverTest.document;
import static dev.kg.resolve.ResolverTest.name;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityChangesTest {

  private final InMemoryNames names = new InMemoryNames();

  @Test
  void shouldNameTheEarlierDocumentsWhoseShortNameANewDocumentRedecides() {
    // given a document that only says Putin, and one about someone else
    IdentityChanges.put(names, "a", document(name("Putin", PERSON)), false);
    IdentityChanges.put(names, "b", document(name("Kim Jong Un", PERSON)), false);

    // when a document names Vladimir Putin in full
    List<String> again = IdentityChanges.put(names, "c", document(name("Vladimir Putin", PERSON)), false);

    // then
    assertThat(again).containsExactly("a");
  }

  @Test
  void shouldNameThemAgainWhenTheDocumentGoesOrIsReplaced() {
    // given
    IdentityChanges.put(names, "a", document(name("Putin", PERSON)), false);
    IdentityChanges.put(names, "c", document(name("Vladimir Putin", PERSON)), false);

    // when c is edited to name someone else, then a new document names Putin in full again and goes
    List<String> replaced = IdentityChanges.put(names, "c", document(name("Kim Jong Un", PERSON)), true);
    IdentityChanges.put(names, "d", document(name("Vladimir Putin", PERSON)), false);
    List<String> removed = IdentityChanges.remove(names, "d");

    // then
    assertThat(replaced).containsExactly("a");
    assertThat(removed).containsExactly("a");
    assertThat(names.keysOf("c")).containsExactly("kim-jong-un");
    assertThat(names.keysOf("d")).isEmpty();
  }

  @Test
  void shouldNameNoOtherDocumentWhenNoDecisionChanges() {
    // given
    IdentityChanges.put(names, "a", document(name("Kim Jong Un", PERSON)), false);

    // when
    List<String> again = IdentityChanges.put(names, "b", document(name("Kim Jong Un", PERSON)), false);

    // then
    assertThat(again).isEmpty();
  }
}
