package org.polyaxon.core.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: where the admin view's browser sessions are kept, by the SHA-256 digest of their random id,
 * so that every API replica sees the same sessions and a leaked table holds no usable id.
 */
public interface AdminSessionStore {

  /** Stores a new session; expired sessions may be removed at the same time. */
  void create(String idHash, long userId, String csrfToken, Instant createdAt, Instant expiresAt);

  /** The session with this digest if it has not expired at {@code now}, with its user as now. */
  Optional<StoredSession> find(String idHash, Instant now);

  /** Keeps a one-time message for the next page the session shows. */
  void setFlash(String idHash, Flash flash);

  /** The session's one-time message, removed as it is read. */
  Optional<Flash> takeFlash(String idHash);

  void delete(String idHash);

  /**
   * A stored session.
   *
   * @param user its user, as the database holds it now
   * @param csrfToken the token every form of the session carries
   * @param expiresAt when it stops being accepted
   */
  record StoredSession(User user, String csrfToken, Instant expiresAt) {}

  /**
   * A message shown once, after the action that caused it.
   *
   * @param error true for a failure
   * @param text the message
   */
  record Flash(boolean error, String text) {}
}
