package org.polyaxon.core.run;

import java.time.Instant;
import org.polyaxon.core.status.Status;

/**
 * One entry of a run's status history.
 *
 * @param uuid 32 hex characters
 * @param status the status reached
 * @param message why, may be null
 * @param traceback details of a failure, may be null
 * @param createdAt when
 */
public record StatusChange(
    String uuid, Status status, String message, String traceback, Instant createdAt) {}
