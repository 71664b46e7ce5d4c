package org.polyaxon.core.run;

import java.time.Instant;
import java.util.Map;
import org.polyaxon.core.status.Status;

/**
 * One entry of a run's status history.
 *
 * @param id database id, unique among all runs' entries
 * @param uuid 32 hex characters
 * @param status the status reached
 * @param reason the machine-readable cause; null for entries recorded before reasons were kept
 * @param message why, may be null
 * @param traceback details of a failure, may be null
 * @param details what the run reported with the status, may be null
 * @param createdAt when
 */
public record StatusChange(
    long id,
    String uuid,
    Status status,
    StatusReason reason,
    String message,
    String traceback,
    Map<String, Object> details,
    Instant createdAt) {}
