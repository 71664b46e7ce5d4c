/**
 * The domain (users, projects, runs and their status machines), the scheduler, and the ports the
 * rest of the platform implements: {@code RunStore}, {@code Executor}, {@code ArtifactStore} and
 * {@code EventBus}. Time always comes from an injected {@link java.time.Clock}.
 */
package org.polyaxon.core;
