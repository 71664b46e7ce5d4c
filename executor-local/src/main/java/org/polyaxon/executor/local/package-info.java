/**
 * The {@link org.polyaxon.core.executor.Executor} port on local processes, for the one-machine
 * platform: each run is a detached process group whose state lives in files, so a restarted server
 * re-attaches to it. The layout and the protocol are in {@code docs/architecture.md}, section
 * "Local executor".
 */
package org.polyaxon.executor.local;
