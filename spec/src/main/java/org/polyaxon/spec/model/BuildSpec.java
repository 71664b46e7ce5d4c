package org.polyaxon.spec.model;

import java.util.List;

/** {@code kind: build}: an image build on its own; the build keys are at the top level. */
public record BuildSpec(
    int version,
    String kind,
    Logging logging,
    List<String> tags,
    String backend,
    Environment environment,
    String image,
    String dockerfile,
    String context,
    List<String> buildSteps,
    List<List<Object>> envVars,
    String commit,
    String branch,
    Boolean nocache)
    implements Polyaxonfile {}
