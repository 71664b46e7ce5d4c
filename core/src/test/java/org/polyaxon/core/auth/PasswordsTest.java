package org.polyaxon.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  /** Made by the first release's hashing (password4j's default bcrypt) for "correct horse". */
  private static final String EARLIER_HASH =
      "$2b$10$/oeuo2Z0WqjdBFuGv8uMzuE9J/WKs.EjJv1g5oh15CpxVDJkNqYxm";

  @Test
  void aPasswordMatchesItsHashAndNothingElse() {
    String hash = Passwords.hash("correct horse");

    assertThat(hash).startsWith("$2b$10$").isNotEqualTo(Passwords.hash("correct horse"));
    assertThat(Passwords.matches("correct horse", hash)).isTrue();
    assertThat(Passwords.matches("correct horse ", hash)).isFalse();
    assertThat(Passwords.matches("correct horse", null)).isFalse();
  }

  @Test
  void hashesStoredByEarlierVersionsStillMatch() {
    assertThat(Passwords.matches("correct horse", EARLIER_HASH)).isTrue();
    assertThat(Passwords.matches("battery staple", EARLIER_HASH)).isFalse();
  }

  @Test
  void randomPasswordsAvoidLookAlikeCharacters() {
    String password = Passwords.randomPassword(200);

    assertThat(password).hasSize(200).doesNotContainAnyWhitespaces().matches("[^0O1lI]+");
  }
}
