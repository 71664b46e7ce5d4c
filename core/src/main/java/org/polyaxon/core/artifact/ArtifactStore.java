package org.polyaxon.core.artifact;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Port: where code, outputs and logs are kept. The local filesystem implements it today; bucket
 * stores (S3, GCS, Azure) fit the same contract because every method speaks in relative names and
 * streams, never in host paths, except {@link #checkoutCode} whose target is always local (the
 * working directory of a run) and {@link #location}, which names what a run is told to write to.
 *
 * <p>Code is versioned by content: {@link #storeCode} keeps an uploaded {@code tar.gz} under its
 * SHA-256, the "commit" of 0.4's code references. Which version is the latest is the business of
 * the database, not of this store.
 *
 * <p>Every path a caller passes ({@code path} arguments) is relative to a run's directory and is
 * resolved so that nothing outside that directory can be read: {@code ..}, absolute paths and
 * symbolic links leading out are refused with {@code InvalidInputException} or {@code
 * NotFoundException}.
 */
public interface ArtifactStore {

  /**
   * Keeps an uploaded code archive as a new version of a project's code. The archive is checked
   * before it is kept: it must be a gzip-compressed tar whose entries all stay inside the tree,
   * within the extraction limits.
   *
   * @param owner the project owner's name
   * @param project the project name
   * @param tarGz the archive; read to its end, not closed
   * @param maxBytes the most compressed bytes accepted
   * @return the version kept
   * @throws org.polyaxon.core.error.PayloadTooLargeException past {@code maxBytes} or past the
   *     extraction limits
   * @throws org.polyaxon.core.error.InvalidInputException when the archive is malformed or unsafe
   */
  StoredCode storeCode(String owner, String project, InputStream tarGz, long maxBytes);

  /**
   * The archive of a code version, as uploaded; the caller closes it.
   *
   * @throws org.polyaxon.core.error.NotFoundException when the store does not hold it
   */
  InputStream openCode(String owner, String project, String commit);

  /**
   * Extracts a code version into {@code workingDirectory} (created when missing), safely: nothing
   * is written outside it.
   */
  void checkoutCode(String owner, String project, String commit, Path workingDirectory);

  /**
   * Where a run writes its {@code area}: a local path for filesystem stores, a bucket URL for
   * object stores. Given to the run as {@code POLYAXON_RUN_OUTPUTS_PATH} and friends.
   */
  String location(RunArea area, RunPath run);

  /**
   * One directory of a run's area. The area's root of a run that wrote nothing yet lists empty.
   *
   * @param path relative to the run's directory; empty or null for its root
   * @throws org.polyaxon.core.error.NotFoundException when {@code path} is not a directory
   */
  ArtifactTree list(RunArea area, RunPath run, String path);

  /**
   * A file of a run's area; the caller closes the stream.
   *
   * @param path relative to the run's directory
   * @throws org.polyaxon.core.error.NotFoundException when {@code path} is not a regular file
   */
  InputStream openFile(RunArea area, RunPath run, String path);

  /**
   * Appends bytes to a file of a run's area, creating it and its directories when missing. Each
   * call is one append: appends to one file never interleave with each other, nor, for whole lines,
   * with a run's process appending to the same file (its log).
   *
   * @param path relative to the run's directory
   */
  void append(RunArea area, RunPath run, String path, byte[] bytes);

  /**
   * Writes a {@code tar.gz} of a run's area to {@code out} as it reads it, so big trees are never
   * held in memory. Symbolic links are not followed; a run that wrote nothing gives an empty
   * archive.
   */
  void writeArchive(RunArea area, RunPath run, OutputStream out);

  /**
   * Copies everything of one run's area into another run's (a copied experiment starts with its
   * original's outputs). Files already in the target are replaced; symbolic links are not copied; a
   * source that wrote nothing copies nothing.
   */
  void copy(RunArea area, RunPath from, RunPath to);
}
