package org.polyaxon.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

/**
 * A test class's own {@link TestPlatform}, on a fresh database and a home directory of its own,
 * started before the class's {@code @BeforeAll} methods and stopped after its {@code @AfterAll}
 * ones:
 *
 * <pre>
 * {@code @RegisterExtension static final PlatformUnderTest PLATFORM = PlatformUnderTest.frozen();}
 * </pre>
 */
public final class PlatformUnderTest implements BeforeAllCallback, AfterAllCallback {
  private final FreshDatabase database = new FreshDatabase();
  private final Clock clock;
  private final UnaryOperator<PlatformConfig> customize;
  private Path home;
  private TestPlatform platform;

  private PlatformUnderTest(Clock clock, UnaryOperator<PlatformConfig> customize) {
    this.clock = clock;
    this.customize = customize;
  }

  /** Frozen at 2024-03-01T12:00:00Z, uploads bounded to 1 MiB. */
  public static PlatformUnderTest frozen() {
    return with(
        MutableClock.at("2024-03-01T12:00:00Z"),
        config -> config.with(Options.UPLOADS_MAX_SIZE_MIB, 1));
  }

  /** With the clock and the configuration changes a test needs. */
  public static PlatformUnderTest with(Clock clock, UnaryOperator<PlatformConfig> customize) {
    return new PlatformUnderTest(clock, customize);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    database.beforeAll(context);
    home = Files.createTempDirectory("polyaxon-" + context.getRequiredTestClass().getSimpleName());
    platform = new TestPlatform(database, home, clock, customize);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (platform != null) {
        platform.close();
      }
    } finally {
      platform = null;
      if (home != null) {
        LeftoverRuns.kill(home.resolve("runs"));
      }
      deleteBestEffort(home);
      database.afterAll(context);
    }
  }

  /** The platform; valid from the class's {@code @BeforeAll} methods on. */
  public TestPlatform get() {
    if (platform == null) {
      throw new IllegalStateException(
          "PlatformUnderTest is used outside its test class; register it as a static"
              + " @RegisterExtension");
    }
    return platform;
  }

  /** The platform's home directory ({@code POLYAXON_HOME}). */
  public Path home() {
    get();
    return home;
  }

  /** The platform's database, for tests that look behind the API. */
  public DataSource dataSource() {
    return database.dataSource();
  }

  /**
   * The runs' processes are gone by now; a file one of them held open may still be in the way, and
   * is left for the operating system's temporary-file cleaning.
   */
  private static void deleteBestEffort(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(PlatformUnderTest::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // Part of the tree vanished or is unreadable while walking it: nothing to keep a test for.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // A directory a live run keeps writing to; see deleteBestEffort.
    }
  }
}
