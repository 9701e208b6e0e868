package dev.kg.server;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A password fit for the embedded server's {@code neo4j} user: at least {@value #MINIMUM_LENGTH}
 * characters, as Neo4j itself requires, and none of the passwords anyone would try first.
 *
 * <pre>{@code
 * Password chosen = Password.of(System.getenv("NEO4J_PASSWORD"));
 * Password generated = Password.generate(new SecureRandom());
 * }</pre>
 */
public record Password(String value) {

  /** Neo4j's default for {@code dbms.security.auth_minimum_password_length}. */
  public static final int MINIMUM_LENGTH = 8;

  private static final Set<String> WELL_KNOWN = Set.of("neo4j", "password");
  // No 0/o, 1/l/i: a generated password is read off a terminal and typed into a login form.
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final int GROUPS = 4;
  private static final int GROUP_LENGTH = 5;

  /**
   * @throws IllegalArgumentException if the password is blank, well known, or too short
   */
  public Password {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("the password must not be blank");
    }
    if (WELL_KNOWN.contains(value.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("the password must not be '" + value + "': it is the first one anyone tries");
    }
    if (value.length() < MINIMUM_LENGTH) {
      throw new IllegalArgumentException(
          "the password must have at least " + MINIMUM_LENGTH + " characters, got " + value.length());
    }
  }

  public static Password of(String value) {
    return new Password(value);
  }

  /**
   * A new password of four groups of five letters and digits, e.g. {@code k7fqm-2hxwd-pz9ta-e4nvc}:
   * about 99 bits from {@code random}, which should be a {@link java.security.SecureRandom}.
   */
  public static Password generate(RandomGenerator random) {
    StringBuilder password = new StringBuilder();
    for (int group = 0; group < GROUPS; group++) {
      if (group > 0) {
        password.append('-');
      }
      for (int i = 0; i < GROUP_LENGTH; i++) {
        password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return new Password(password.toString());
  }

  /** Leaves the value out, so a password can be logged by accident without harm. */
  @Override
  public String toString() {
    return "Password[***]";
  }
}
