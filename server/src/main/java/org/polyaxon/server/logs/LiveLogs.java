package org.polyaxon.server.logs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.status.Status;

/**
 * Live tails of runs' logs: hands out followers, shares one {@link RunLogWatch} per followed run,
 * and frees both as soon as the last client of a run leaves. The gauges {@code
 * polyaxon_log_tails_active} (followers) and {@code polyaxon_log_watches_active} (runs polled) show
 * on {@code /metrics}.
 */
public final class LiveLogs implements AutoCloseable {

  /**
   * How often things are looked at.
   *
   * @param filePoll how often a followed log's size is checked: the latency of a new line
   * @param statusPoll how often a followed run's status is read from the database
   * @param heartbeat how long a client may go without a byte before it is sent a heartbeat; also
   *     how an SSE client that vanished is noticed (its second heartbeat fails) when the server
   *     does not report the closed connection
   */
  public record Timing(Duration filePoll, Duration statusPoll, Duration heartbeat) {
    public static final Timing DEFAULT =
        new Timing(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  /** A client's follow; cancel it when the client goes away. */
  public interface Subscription {
    void cancel();
  }

  private final ArtifactStore artifacts;
  private final String logFile;
  private final LongFunction<Optional<Status>> statuses;
  private final Timing timing;
  private final ScheduledExecutorService watchThread =
      Executors.newSingleThreadScheduledExecutor(daemon("polyaxon-log-watch"));
  // Unbounded but idle-free: a thread lives while a pump runs, which for SSE includes a write
  // blocked on a slow client (Jetty's idle timeout ends those).
  private final ExecutorService pumps = Executors.newCachedThreadPool(daemon("polyaxon-log-pump"));
  private final Map<Long, RunLogWatch> watches = new HashMap<>();
  private final AtomicInteger followers = new AtomicInteger();

  /**
   * @param logFile the name of the log file in a run's logs area
   * @param statuses a run's current status by run id, empty once the run is deleted
   */
  public LiveLogs(
      ArtifactStore artifacts,
      String logFile,
      LongFunction<Optional<Status>> statuses,
      Timing timing,
      MeterRegistry registry) {
    this.artifacts = artifacts;
    this.logFile = logFile;
    this.statuses = statuses;
    this.timing = timing;
    Gauge.builder("polyaxon.log.tails.active", followers, AtomicInteger::get)
        .description("Clients following a run's log (WebSocket or SSE)")
        .register(registry);
    Gauge.builder("polyaxon.log.watches.active", this, LiveLogs::watchCount)
        .description("Runs whose log and status are polled for live tails")
        .register(registry);
  }

  /**
   * Starts sending {@code run}'s log from byte {@code offset} to {@code sink}: statuses while the
   * run has not ended, every whole line, then the end.
   */
  public synchronized Subscription follow(Run run, RunPath path, long offset, LogSink sink) {
    long now = System.nanoTime();
    RunLogWatch watch = watches.get(run.id());
    if (watch == null) {
      watch =
          new RunLogWatch(
              run.id(),
              run.kind(),
              run.status(),
              new LogFile(artifacts, path, logFile),
              statuses,
              timing,
              now);
      RunLogWatch ticking = watch;
      watch.scheduled(
          watchThread.scheduleWithFixedDelay(
              () -> ticking.tick(System.nanoTime()),
              timing.filePoll().toNanos(),
              timing.filePoll().toNanos(),
              TimeUnit.NANOSECONDS));
      watches.put(run.id(), watch);
    }
    LogFollower follower =
        new LogFollower(
            watch,
            offset,
            sink,
            pumps,
            this::release,
            System::nanoTime,
            timing.heartbeat().toNanos());
    watch.add(follower);
    followers.incrementAndGet();
    follower.wake();
    return follower;
  }

  private synchronized void release(LogFollower follower) {
    followers.decrementAndGet();
    RunLogWatch watch = follower.watch();
    if (watch.remove(follower)) {
      watch.stop();
      watches.remove(watch.runId(), watch);
    }
  }

  private synchronized int watchCount() {
    return watches.size();
  }

  @Override
  public void close() {
    watchThread.shutdownNow();
    pumps.shutdownNow();
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
