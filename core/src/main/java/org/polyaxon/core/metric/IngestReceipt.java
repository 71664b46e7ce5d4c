package org.polyaxon.core.metric;

import java.time.Instant;

/**
 * What storing a batch did; a retried batch gets the receipt of the first attempt.
 *
 * @param firstId the id of the batch's first observation; the others follow without gaps
 * @param observations how many observations the batch held
 * @param points how many name and value pairs
 * @param receivedAt when the batch was stored (the time of observations sent without one)
 * @param replayed true when this was a retry and nothing new was stored
 */
public record IngestReceipt(
    long firstId, int observations, int points, Instant receivedAt, boolean replayed) {

  public long lastId() {
    return firstId + observations - 1;
  }
}
