package org.polyaxon.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** {@code -f FILE... -u}: what restart, copy and resume change in the run they start from. */
final class CloneChanges {
  @Option(
      names = {"-f", "--file"},
      description = "Polyaxonfile changes to apply.")
  List<String> files;

  @Option(
      names = {"-u", "--update-code", "--update_code"},
      description = "Upload the code first and use it.")
  boolean upload;
}
