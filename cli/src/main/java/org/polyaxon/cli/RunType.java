package org.polyaxon.cli;

/** The kinds of run the CLI drives on this server, with their routes and cache files. */
enum RunType {
  EXPERIMENT("experiment", "experiments", ".polyaxonxp", "-xp"),
  JOB("job", "jobs", ".polyaxonjob", "-j");

  private final String singular;
  private final String plural;
  private final String cacheFile;
  private final String option;

  RunType(String singular, String plural, String cacheFile, String option) {
    this.singular = singular;
    this.plural = plural;
    this.cacheFile = cacheFile;
    this.option = option;
  }

  String singular() {
    return singular;
  }

  String plural() {
    return plural;
  }

  String cacheFile() {
    return cacheFile;
  }

  String option() {
    return option;
  }
}
