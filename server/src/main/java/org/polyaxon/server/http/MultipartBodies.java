package org.polyaxon.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.PayloadTooLargeException;

/**
 * Multipart bodies within the upload limit. Parts bigger than a few KiB are spooled to disk by
 * Jetty, never held in memory; a body that announces more than the limit is refused before a byte
 * of it is read, and one that streams past it is cut off by Jetty's own limits.
 */
final class MultipartBodies {
  /** Room for the headers and the other fields around the file. */
  private static final long ENVELOPE_BYTES = 64 * 1024;

  private static final int IN_MEMORY_BYTES = 64 * 1024;

  private final long maxBytes;

  MultipartBodies(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  static void configure(JavalinConfig config, HttpApi.Uploads uploads) {
    try {
      Files.createDirectories(uploads.spoolDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    config.jetty.multipartConfig.cacheDirectory(uploads.spoolDirectory().toString());
    config.jetty.multipartConfig.maxFileSize(uploads.maxBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(
        uploads.maxBytes() + ENVELOPE_BYTES, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_BYTES, SizeUnit.BYTES);
  }

  long maxBytes() {
    return maxBytes;
  }

  /** The file of multipart field {@code field}; 400 when it is missing, 413 when too big. */
  UploadedFile requiredFile(Context ctx, String field) {
    if (ctx.req().getContentLengthLong() > maxBytes + ENVELOPE_BYTES) {
      throw tooLarge();
    }
    if (!ctx.isMultipartFormData()) {
      throw new InvalidInputException(
          "Expected a multipart/form-data body with the file field '" + field + "'");
    }
    UploadedFile file;
    try {
      file = ctx.uploadedFile(field);
    } catch (Exception e) { // Jetty's ServletException arrives undeclared, through Kotlin
      throw translate(e);
    }
    if (file == null) {
      throw new InvalidInputException("The multipart field '" + field + "' (a file) is missing");
    }
    if (file.size() > maxBytes) {
      throw tooLarge();
    }
    return file;
  }

  private PayloadTooLargeException tooLarge() {
    return new PayloadTooLargeException(
        "The upload is larger than the limit of " + maxBytes + " bytes (uploads.maxSizeMiB)");
  }

  /** Jetty reports a part past the limit and a broken body alike; the message tells them apart. */
  private RuntimeException translate(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      // Jetty 12: "max file size exceeded: N", "max request size exceeded: N".
      if (message.contains("max") && message.contains("exceeded")) {
        return tooLarge();
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new InvalidInputException("Malformed multipart body: " + root.getMessage());
  }
}
