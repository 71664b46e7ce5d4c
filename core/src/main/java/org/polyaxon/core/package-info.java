/**
 * The domain (users, projects, runs and their status machines), the scheduler, and the ports the
 * rest of the platform implements, among them {@code RunStore}, {@code Executor} and {@code
 * ArtifactStore}. Time always comes from an injected {@link java.time.Clock}.
 */
package org.polyaxon.core;
