package org.polyaxon.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polyaxon config [-l] | get KEY... | set [--host ...] | list}: where the platform is. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = {
      "Show or change where the platform is (~/.polyaxon/.polyaxonconfig).",
      "Environment variables override the file: POLYAXON_API_HOST, POLYAXON_HTTP_PORT,"
          + " POLYAXON_WS_PORT, POLYAXON_USE_HTTPS, POLYAXON_VERIFY_SSL."
    })
final class ConfigCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-l", "--list"},
      description = "List the configuration.")
  boolean list;

  @Override
  public Integer call() {
    if (!list) {
      spec.commandLine().usage(spec.commandLine().getOut());
      return 0;
    }
    return list();
  }

  @Command(name = "list", description = "List the configuration (file and environment).")
  int list() {
    Cli cli = Cli.of(spec);
    print(cli, cli.config().values());
    return 0;
  }

  @Command(name = "get", description = "Print the value of each key.")
  int get(@Parameters(arity = "1..*", paramLabel = "KEY") List<String> keys) {
    Cli cli = Cli.of(spec);
    Map<String, Object> values = cli.config().values();
    for (String key : keys) {
      if (!values.containsKey(key)) {
        throw CliException.user(
            "Unknown configuration key '"
                + key
                + "'; the keys are "
                + String.join(", ", ClientConfig.KEYS));
      }
    }
    if (cli.output().json()) {
      ObjectNode node = StateFiles.JSON.createObjectNode();
      keys.forEach(key -> node.putPOJO(key, values.get(key)));
      cli.output().printJson(node);
    } else {
      keys.forEach(key -> cli.output().line(key + ": " + text(values.get(key))));
    }
    return 0;
  }

  @Command(name = "set", description = "Set keys in ~/.polyaxon/.polyaxonconfig.")
  int set(
      @Option(names = "--host", description = "Host name or URL of the platform.") String host,
      @Option(
              names = {"--http_port", "--http-port"},
              description = "Port of the API.")
          String httpPort,
      @Option(
              names = {"--ws_port", "--ws-port"},
              description = "Port live logs are streamed from (default: the API's).")
          String wsPort,
      @Option(
              names = {"--use_https", "--use-https"},
              arity = "0..1",
              fallbackValue = "true",
              description = "Use https.")
          String useHttps,
      @Option(
              names = {"--verify_ssl", "--verify-ssl"},
              arity = "0..1",
              fallbackValue = "true",
              description = "Verify the server's certificate.")
          String verifySsl) {
    Cli cli = Cli.of(spec);
    ClientConfig config = ClientConfig.stored(cli.context().home());
    Map<String, String> changes = new java.util.LinkedHashMap<>();
    changes.put("host", host);
    changes.put("http_port", httpPort);
    changes.put("ws_port", wsPort);
    changes.put("use_https", useHttps);
    changes.put("verify_ssl", verifySsl);
    boolean changed = false;
    for (Map.Entry<String, String> change : changes.entrySet()) {
      if (change.getValue() != null) {
        config = config.with(change.getKey(), change.getValue(), "--" + change.getKey());
        changed = true;
      }
    }
    if (!changed) {
      throw CliException.user(
          "Nothing to set: pass --host, --http_port, --ws_port, --use_https or --verify_ssl");
    }
    config.save(cli.context().home());
    cli.output().say("Configuration updated.");
    return 0;
  }

  private static void print(Cli cli, Map<String, Object> values) {
    if (cli.output().json()) {
      cli.output().printJson(StateFiles.JSON.valueToTree(values));
      return;
    }
    Table table = new Table(List.of("KEY", "VALUE"));
    values.forEach((key, value) -> table.row(List.of(key, text(value))));
    cli.output().table(table);
  }

  private static String text(Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}
