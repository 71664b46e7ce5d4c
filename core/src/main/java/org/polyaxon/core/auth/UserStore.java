package org.polyaxon.core.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where users, their password hashes and their API tokens are kept. */
public interface UserStore {

  /** Creates a user; throws {@code ConflictException} when the username is taken. */
  User create(NewUser user, String passwordHash, Instant now);

  Optional<User> findByUsername(String username);

  /** The stored password hash of an active or inactive user. */
  Optional<String> passwordHash(String username);

  void setPasswordHash(String username, String passwordHash);

  void setActive(String username, boolean active);

  void setSuperuser(String username, boolean superuser);

  /** Deletes the user and its tokens; false if there was none. */
  boolean delete(String username);

  List<User> list();

  long count();

  /** Stores the hash of a new API token of {@code userId}; a user may hold several. */
  void saveToken(long userId, String tokenHash, Instant createdAt);

  /** The user owning the token with this hash and when the token was created. */
  Optional<TokenOwner> findByTokenHash(String tokenHash);

  /** A token's owner and its creation time, to check the token's age. */
  record TokenOwner(User user, Instant tokenCreatedAt) {}

  /** What is needed to create a user. */
  record NewUser(String username, String email, boolean superuser) {}
}
