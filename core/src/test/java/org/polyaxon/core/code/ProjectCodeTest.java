package org.polyaxon.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.artifact.ArtifactTree;
import org.polyaxon.core.artifact.RunArea;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.artifact.StoredCode;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.error.ForbiddenException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore;
import org.polyaxon.core.project.Projects;

class ProjectCodeTest {
  private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
  private static final User ADA = new User(1, "ada", "ada@example.com", false, true, NOW);
  private static final User BOB = new User(2, "bob", "bob@example.com", false, true, NOW);

  private final InMemoryProjects projectStore = new InMemoryProjects();
  private final InMemoryCode artifacts = new InMemoryCode();
  private final InMemoryReferences references = new InMemoryReferences();
  private final ProjectCode code =
      new ProjectCode(
          new Projects(projectStore, Clock.fixed(NOW, ZoneOffset.UTC)),
          references,
          artifacts,
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void theOwnersUploadsBecomeTheLatestAndMarkTheProject() throws IOException {
    projectStore.add(10, "ada", "mnist", true);
    assertThatThrownBy(() -> code.latest(BOB, "ada", "mnist"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("No code was uploaded to ada.mnist");

    code.upload(ADA, "ada", "mnist", bytes("v1"), 100);
    CodeReference second = code.upload(ADA, "ada", "mnist", bytes("v2"), 100);

    assertThat(second.uploadedBy()).isEqualTo("ada");
    assertThat(code.latest(BOB, "ada", "mnist")).isEqualTo(second);
    try (InputStream latest = code.openLatest(BOB, "ada", "mnist")) {
      assertThat(latest.readAllBytes()).asString().isEqualTo("v2");
    }
    assertThat(projectStore.hasCodeChanges).isEqualTo(1);
  }

  @Test
  void othersCannotUploadAndTheirBodiesAreNeverStored() {
    projectStore.add(10, "ada", "mnist", true);
    projectStore.add(11, "ada", "secret", false);
    assertThatThrownBy(() -> code.upload(BOB, "ada", "mnist", bytes("x"), 100))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> code.upload(BOB, "ada", "secret", bytes("x"), 100))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> code.latest(BOB, "ada", "secret"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("There is no project ada.secret");
    assertThat(artifacts.archives).isEmpty();
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes());
  }

  /** Projects in a map; counts has_code changes. */
  private static final class InMemoryProjects implements ProjectStore {
    private final Map<String, Project> byName = new HashMap<>();
    int hasCodeChanges;

    void add(long id, String owner, String name, boolean isPublic) {
      byName.put(
          owner + "." + name,
          new Project(
              id, "u" + id, owner, name, "", List.of(), isPublic, false, false, NOW, NOW, null));
    }

    @Override
    public Optional<Project> find(String owner, String name) {
      return Optional.ofNullable(byName.get(owner + "." + name));
    }

    @Override
    public Optional<Project> findById(long id) {
      return byName.values().stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public void setHasCode(long id, boolean hasCode, Instant now) {
      hasCodeChanges++;
      byName.replaceAll(
          (key, p) ->
              p.id() != id
                  ? p
                  : new Project(
                      p.id(),
                      p.uuid(),
                      p.owner(),
                      p.name(),
                      p.description(),
                      p.tags(),
                      p.isPublic(),
                      hasCode,
                      p.archived(),
                      p.createdAt(),
                      now,
                      p.runCounts()));
    }

    @Override
    public Project create(long ownerId, NewProject project, String uuid, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Project> listByOwner(
        String owner, boolean includePrivate, boolean archived, int limit, int offset) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long countByOwner(String owner, boolean includePrivate, boolean archived) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean ownerExists(String owner) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Project update(long id, ProjectChanges changes, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setArchived(long id, boolean archived, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete(long id) {
      throw new UnsupportedOperationException();
    }
  }

  /** Code archives in a map, named by their text (enough for a fake commit). */
  private static final class InMemoryCode implements ArtifactStore {
    final Map<String, byte[]> archives = new HashMap<>();

    @Override
    public StoredCode storeCode(String owner, String project, InputStream tarGz, long maxBytes) {
      try {
        byte[] content = tarGz.readAllBytes();
        String commit = owner + "/" + project + "/" + new String(content);
        archives.put(commit, content);
        return new StoredCode(commit, content.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public InputStream openCode(String owner, String project, String commit) {
      return new ByteArrayInputStream(archives.get(commit));
    }

    @Override
    public void checkoutCode(String owner, String project, String commit, Path workingDirectory) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String location(RunArea area, RunPath run) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ArtifactTree list(RunArea area, RunPath run, String path) {
      throw new UnsupportedOperationException();
    }

    @Override
    public InputStream openFile(RunArea area, RunPath run, String path) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void writeArchive(RunArea area, RunPath run, OutputStream out) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void copy(RunArea area, RunPath from, RunPath to) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void append(RunArea area, RunPath run, String path, byte[] bytes) {
      throw new UnsupportedOperationException();
    }
  }

  /** Code references in upload order. */
  private static final class InMemoryReferences implements CodeReferenceStore {
    private final List<CodeReference> references = new ArrayList<>();

    @Override
    public CodeReference create(
        long projectId, String commit, long sizeBytes, long userId, Instant now) {
      CodeReference reference =
          new CodeReference(
              references.size() + 1, projectId, commit, sizeBytes, userId == 1 ? "ada" : "?", now);
      references.add(reference);
      return reference;
    }

    @Override
    public Optional<CodeReference> latest(long projectId) {
      return references.stream()
          .filter(r -> r.projectId() == projectId)
          .reduce((first, second) -> second);
    }

    @Override
    public Optional<CodeReference> find(long id) {
      return references.stream().filter(r -> r.id() == id).findFirst();
    }
  }
}
