package org.polyaxon.core.artifact;

/**
 * A code archive the store accepted.
 *
 * @param commit the archive's content hash (SHA-256, 64 hex characters), its version name
 * @param sizeBytes the size of the compressed archive
 */
public record StoredCode(String commit, long sizeBytes) {}
