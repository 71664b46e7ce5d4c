package org.polyaxon.artifacts;

/**
 * What one archive may expand to; past either limit extraction stops (a decompression bomb).
 *
 * @param maxBytes the most uncompressed bytes of all entries together
 * @param maxEntries the most entries (files, directories, links)
 */
public record ExtractionLimits(long maxBytes, int maxEntries) {
  private static final int RATIO = 10;
  private static final int DEFAULT_MAX_ENTRIES = 100_000;

  public ExtractionLimits {
    if (maxBytes < 1 || maxEntries < 1) {
      throw new IllegalArgumentException("Extraction limits must be positive");
    }
  }

  /**
   * Limits for archives of at most {@code maxUploadBytes}: ten times that uncompressed (source code
   * compresses about 3 to 5 times) and 100,000 entries.
   */
  public static ExtractionLimits forUploads(long maxUploadBytes) {
    long bytes = maxUploadBytes > Long.MAX_VALUE / RATIO ? Long.MAX_VALUE : maxUploadBytes * RATIO;
    return new ExtractionLimits(bytes, DEFAULT_MAX_ENTRIES);
  }
}
