package org.polyaxon.spec.search;

import java.util.OptionalLong;

/**
 * Where a hyperband trial sits: the bracket (Li et al.'s {@code s}, counting down from {@code
 * s_max}), the rung of successive halving inside it (0 for freshly sampled configurations) and the
 * resource it runs with.
 *
 * @param bracket the bracket's {@code s}
 * @param rung the successive-halving round inside the bracket, from 0
 * @param resource the resource value injected into the trial's params ({@link Long} or {@link
 *     Double} after the configured resource type)
 * @param promotedFrom for rung 1 and above, the id of the trial of the previous rung this one
 *     continues with more resource
 * @param resume true when the scheduler should resume {@code promotedFrom} (its checkpoints and
 *     outputs) rather than start the configuration afresh
 */
public record RungPlacement(
    int bracket, int rung, Number resource, OptionalLong promotedFrom, boolean resume) {}
