package org.polyaxon.server;

/** The parts of the platform one process runs; the chart runs API and scheduler apart. */
public enum ServerRole {
  /** API and scheduler together: the one-machine platform. */
  ALL,
  /** REST API, dashboard and streams. */
  API,
  /** The reconciler, the search algorithms, the executors and their watchers. */
  SCHEDULER
}
