package dev.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordTest {

  @Test
  void shouldGenerateFourGroupsOfFiveUnambiguousCharacters() {
    // when
    Password password = Password.generate(new Random(7));

    // then
    assertThat(password.value()).matches("[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}");
  }

  @Test
  void shouldGenerateADifferentPasswordEachTime() {
    // given
    Random random = new Random(7);
    Set<String> passwords = new HashSet<>();

    // when
    for (int i = 0; i < 1_000; i++) {
      passwords.add(Password.generate(random).value());
    }

    // then
    assertThat(passwords).hasSize(1_000);
  }

  @Test
  void shouldRefuseTheFirstPasswordsAnyoneTries() {
    assertThatThrownBy(() -> Password.of("neo4j"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the password must not be 'neo4j': it is the first one anyone tries");
    assertThatThrownBy(() -> Password.of("PASSWORD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the password must not be 'PASSWORD': it is the first one anyone tries");
  }

  @Test
  void shouldRefuseBlankAndShortPasswords() {
    assertThatThrownBy(() -> Password.of(" \t "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the password must not be blank");
    assertThatThrownBy(() -> Password.of("1234567"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the password must have at least 8 characters, got 7");
  }

  @Test
  void shouldKeepTheValueOutOfItsStringForm() {
    // when
    String text = Password.of("correct-horse").toString();

    // then
    assertThat(text).isEqualTo("Password[***]");
  }
}
