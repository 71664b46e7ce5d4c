package org.polyaxon.core.artifact;

import java.util.List;

/**
 * One directory level of a run's artifacts, the shape of 0.4's {@code outputs/tree}.
 *
 * @param files the regular files directly in the directory, by name
 * @param dirs the names of its sub-directories
 */
public record ArtifactTree(List<FileEntry> files, List<String> dirs) {

  public ArtifactTree {
    files = List.copyOf(files);
    dirs = List.copyOf(dirs);
  }

  /** An empty directory, also what a run that wrote nothing yet has. */
  public static ArtifactTree empty() {
    return new ArtifactTree(List.of(), List.of());
  }

  /**
   * A file of a listing.
   *
   * @param name its name within the directory
   * @param size its size in bytes
   */
  public record FileEntry(String name, long size) {}
}
