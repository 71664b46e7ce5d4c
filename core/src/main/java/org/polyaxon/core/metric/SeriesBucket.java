package org.polyaxon.core.metric;

import java.time.Instant;

/**
 * Consecutive points of one metric summarised for a chart. Buckets keep the extremes, so a spike
 * survives downsampling; a bucket of one point is that point (min = max = avg).
 *
 * @param id the observation id of the bucket's last point
 * @param createdAt the latest time in the bucket
 * @param count how many points the bucket summarises
 * @param min the smallest value
 * @param max the largest value
 * @param avg the mean value
 */
public record SeriesBucket(
    long id, Instant createdAt, long count, double min, double max, double avg) {}
