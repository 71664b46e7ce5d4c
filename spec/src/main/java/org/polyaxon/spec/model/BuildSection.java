package org.polyaxon.spec.model;

import java.util.List;

/** {@code build}: the image a run uses, from a base image or a Dockerfile. */
public record BuildSection(
    String image,
    String dockerfile,
    String context,
    List<String> buildSteps,
    List<List<Object>> envVars,
    String commit,
    String branch,
    Boolean nocache,
    String backend,
    Environment environment,
    Integer version,
    String kind,
    Logging logging,
    List<String> tags) {}
