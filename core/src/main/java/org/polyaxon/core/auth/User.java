package org.polyaxon.core.auth;

import java.time.Instant;

/**
 * A person or service account that uses the platform.
 *
 * @param id database id
 * @param username unique, as typed at login
 * @param email contact address
 * @param superuser may administer users and see every project
 * @param active may log in; a deactivated user keeps its data
 * @param createdAt when the account was created
 */
public record User(
    long id, String username, String email, boolean superuser, boolean active, Instant createdAt) {}
