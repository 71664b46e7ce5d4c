package org.polyaxon.core.run;

import java.time.Instant;

/**
 * The code version a run says it runs (0.4's tracking client posts it to {@code …/coderef}): what
 * git tells the process, kept beside the uploaded version the platform checked out for it.
 *
 * @param commit the commit hash
 * @param head the commit {@code HEAD} points at
 * @param branch the branch checked out
 * @param gitUrl the repository's remote
 * @param isDirty whether the working tree had changes
 * @param createdAt when the run reported it
 */
public record ReportedCode(
    String commit, String head, String branch, String gitUrl, Boolean isDirty, Instant createdAt) {}
