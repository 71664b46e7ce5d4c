package org.polyaxon.server;

/**
 * What {@code polyaxon server} was asked to do.
 *
 * @param host the address the HTTP server binds to
 * @param port the HTTP port; 0 picks a free one
 * @param home where the platform keeps its state
 */
public record ServerSettings(String host, int port, PolyaxonHome home) {}
