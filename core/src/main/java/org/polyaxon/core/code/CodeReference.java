package org.polyaxon.core.code;

import java.time.Instant;

/**
 * One uploaded version of a project's code, as 0.4's code reference.
 *
 * @param id database id
 * @param projectId the project
 * @param commit the archive's content hash, as kept by the artifact store
 * @param sizeBytes the compressed archive's size
 * @param uploadedBy the name of the user who uploaded it, or null when that user is gone
 * @param createdAt when it was uploaded
 */
public record CodeReference(
    long id, long projectId, String commit, long sizeBytes, String uploadedBy, Instant createdAt) {}
