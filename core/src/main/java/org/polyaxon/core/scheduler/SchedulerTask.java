package org.polyaxon.core.scheduler;

/**
 * One unit of queued scheduler work: a run whose state changed (created, stopped, finished by its
 * own report) and that a scheduler should look at now rather than at its next full pass.
 *
 * @param id the task's id in the queue
 * @param kind what caused it ({@code start}, {@code stop}); the pass reads what to do from the run
 * @param runId the run to reconcile
 * @param attempts how many times a scheduler has claimed it, this claim included
 */
public record SchedulerTask(long id, String kind, long runId, int attempts) {}
