package org.polyaxon.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the platform starts for itself when no {@code database.host} is configured.
 * Its data directory persists, so a restart keeps every run.
 *
 * <p>The caller must hold the platform's home lock: this class assumes that a PostgreSQL still
 * running on {@code dataDirectory} was orphaned by a server that was killed, and stops it.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts PostgreSQL on {@code dataDirectory}, creating the cluster on first use. */
  public static EmbeddedDatabase start(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      stopOrphanedServer(dataDirectory);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              // zonky tunes for throwaway test databases; this one holds the platform's data.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              // We stop it ourselves, after the HTTP server, so requests in flight can finish.
              .setRegisterShutdownHook(false)
              .start();
      LOG.info(
          "Embedded PostgreSQL started on port {} with data in {}",
          postgres.getPort(),
          dataDirectory);
      return new EmbeddedDatabase(postgres);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public String username() {
    return "postgres";
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() {
    try {
      postgres.close();
      LOG.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
    }
  }

  /**
   * A server killed with SIGKILL leaves its PostgreSQL running (pg_ctl detaches it). The home lock
   * proves no live server owns it, so shut it down the way PostgreSQL documents: SIGTERM, a smart
   * shutdown that finishes committed work.
   */
  private static void stopOrphanedServer(Path dataDirectory) throws IOException {
    Optional<ProcessHandle> orphan = runningPostmaster(dataDirectory);
    if (orphan.isEmpty()) {
      return;
    }
    ProcessHandle postmaster = orphan.get();
    LOG.warn(
        "Stopping the embedded PostgreSQL (pid {}) left running by a server that did not shut down",
        postmaster.pid());
    postmaster.destroy();
    try {
      postmaster.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "PostgreSQL pid "
              + postmaster.pid()
              + " on "
              + dataDirectory
              + " did not stop within "
              + ORPHAN_STOP_TIMEOUT.toSeconds()
              + " s; stop it by hand",
          e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
    }
  }

  private static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
  }
}
