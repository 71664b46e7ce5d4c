package org.polyaxon.spec.model;

/** The resource Hyperband allocates ({@code num_steps}...), passed as a declaration. */
public record HyperbandResource(String name, String type) {}
