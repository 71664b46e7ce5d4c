package org.polyaxon.store.postgres;

import java.time.Instant;
import java.util.UUID;

/** The identity of one platform installation: created once, kept across restarts and upgrades. */
public record Installation(UUID id, Instant createdAt, String createdWithVersion) {}
