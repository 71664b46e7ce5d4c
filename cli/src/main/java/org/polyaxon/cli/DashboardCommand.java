package org.polyaxon.cli;

import java.awt.Desktop;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code polyaxon dashboard [-y] [--url]}: the address of the platform's web pages, or opens them.
 * The 0.4 dashboard ({@code /app}) is not built; the platform's web pages are the admin view, so
 * that is where it points. {@code --admin} is accepted for scripts that pass it.
 */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description = "Print the dashboard's URL; with --yes, open it in a browser where possible.")
final class DashboardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-y", "--yes"},
      description = "Open it in the browser (when this machine has a desktop).")
  boolean yes;

  @Option(names = "--url", description = "Print only the URL.")
  boolean urlOnly;

  @Option(names = "--admin", description = "The admin view (the default: it is the web UI).")
  boolean admin;

  @Override
  public Integer call() {
    Cli cli = Cli.of(spec);
    String url = cli.config().baseUrl() + "/_admin";
    if (urlOnly || !yes) {
      cli.output().line(url);
      return 0;
    }
    if (browserAvailable()) {
      try {
        Desktop.getDesktop().browse(URI.create(url));
        cli.output().line("Opened " + url);
        return 0;
      } catch (java.io.IOException | RuntimeException e) {
        // fall back to printing
      }
    }
    cli.output().line("No browser to open here; the dashboard is at " + url);
    return 0;
  }

  private static boolean browserAvailable() {
    try {
      return !java.awt.GraphicsEnvironment.isHeadless()
          && Desktop.isDesktopSupported()
          && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
