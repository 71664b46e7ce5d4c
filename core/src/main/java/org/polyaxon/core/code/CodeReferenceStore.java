package org.polyaxon.core.code;

import java.time.Instant;
import java.util.Optional;

/** Port: the versions of projects' code, in upload order. */
public interface CodeReferenceStore {

  /** Records a new version; the same commit may be recorded again and then becomes the latest. */
  CodeReference create(long projectId, String commit, long sizeBytes, long userId, Instant now);

  /** The most recently recorded version of a project. */
  Optional<CodeReference> latest(long projectId);

  /** A version by its id, for example the one a run was created with. */
  Optional<CodeReference> find(long id);
}
