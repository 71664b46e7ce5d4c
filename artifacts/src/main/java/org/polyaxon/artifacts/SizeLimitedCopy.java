package org.polyaxon.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.polyaxon.core.error.PayloadTooLargeException;

/** Copies a stream while hashing it, stopping as soon as it passes a size limit. */
final class SizeLimitedCopy {
  private SizeLimitedCopy() {}

  /** Copies {@code in} to {@code out}; returns the SHA-256 of what was copied. */
  static byte[] copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = in.read(buffer)) != -1) {
      total += read;
      if (total > maxBytes) {
        throw new PayloadTooLargeException(
            "The upload is larger than the limit of " + maxBytes + " bytes");
      }
      digest.update(buffer, 0, read);
      out.write(buffer, 0, read);
    }
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
