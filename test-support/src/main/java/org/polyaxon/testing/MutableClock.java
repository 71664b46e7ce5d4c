package org.polyaxon.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link Clock} that tests move by hand; safe to read from other threads. */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A UTC clock standing still at {@code start}. */
  public static MutableClock at(Instant start) {
    return new MutableClock(new AtomicReference<>(Objects.requireNonNull(start)), ZoneOffset.UTC);
  }

  /** A UTC clock standing still at {@code iso}, for example {@code 2024-01-01T00:00:00Z}. */
  public static MutableClock at(String iso) {
    return at(Instant.parse(iso));
  }

  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          "A clock moves forward; use set() to go back: " + duration);
    }
    now.updateAndGet(current -> current.plus(duration));
  }

  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    // Shares the same instant so a zoned view still moves with this clock.
    return new MutableClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
