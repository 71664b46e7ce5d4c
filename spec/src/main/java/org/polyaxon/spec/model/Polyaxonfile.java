package org.polyaxon.spec.model;

import java.util.List;

/** A valid Polyaxonfile of spec version 1; one record per kind. */
public sealed interface Polyaxonfile
    permits ExperimentSpec, GroupSpec, JobSpec, BuildSpec, NotebookSpec, TensorboardSpec {

  /** Always 1. */
  int version();

  /**
   * {@code experiment}, {@code group}, {@code job}, {@code build}, {@code notebook} or {@code
   * tensorboard}.
   */
  String kind();

  /** The logging section, or null. */
  Logging logging();

  /** The tags, or null. */
  List<String> tags();
}
