package org.polyaxon.core.executor;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * What an executor observes of one run.
 *
 * @param runUuid the run
 * @param phase where it is
 * @param exitCode the exit code once the process ended (137 when killed by SIGKILL)
 * @param message why it is in this phase, for the run's status message (for example {@code
 *     ImagePullBackOff} or {@code exit code 2}); may be empty
 * @param startedAt when the executor started it
 * @param finishedAt when it ended; null while it runs
 */
public record Execution(
    String runUuid,
    ExecutionPhase phase,
    OptionalInt exitCode,
    String message,
    Instant startedAt,
    Instant finishedAt) {}
