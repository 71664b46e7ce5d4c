package org.polyaxon.core.status;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The statuses one kind of run goes through and the transitions allowed between them, as tables
 * (docs/architecture.md shows them and a test walks them). A run's first status is reached from
 * nothing ({@code from == null}).
 */
public final class StatusMachine {
  private final String name;
  private final Set<Status> statuses;
  private final Map<Status, Set<Status>> allowedFrom;
  private final Set<Status> initial;
  private final Set<Status> pending;
  private final Set<Status> running;
  private final Set<Status> done;

  private StatusMachine(Builder builder) {
    this.name = builder.name;
    this.statuses = Collections.unmodifiableSet(builder.statuses);
    Map<Status, Set<Status>> table = new EnumMap<>(Status.class);
    builder.allowedFrom.forEach((to, from) -> table.put(to, Collections.unmodifiableSet(from)));
    this.allowedFrom = Collections.unmodifiableMap(table);
    this.initial = Collections.unmodifiableSet(builder.initial);
    this.pending = Collections.unmodifiableSet(builder.pending);
    this.running = Collections.unmodifiableSet(builder.running);
    this.done = Collections.unmodifiableSet(builder.done);
  }

  /** What kind of run this machine governs, for example {@code experiment}. */
  public String name() {
    return name;
  }

  public Set<Status> statuses() {
    return statuses;
  }

  /** True if a run may go from {@code from} (null: a new run) to {@code to}. */
  public boolean allows(Status from, Status to) {
    if (from == null) {
      return initial.contains(to);
    }
    return allowedFrom.getOrDefault(to, Set.of()).contains(from);
  }

  /** Returns {@code to} when allowed; throws {@link IllegalTransitionException} otherwise. */
  public Status transition(Status from, Status to) {
    if (!allows(from, to)) {
      throw new IllegalTransitionException(name, from, to);
    }
    return to;
  }

  /** The statuses {@code to} may be reached from. */
  public Set<Status> allowedFrom(Status to) {
    return allowedFrom.getOrDefault(to, Set.of());
  }

  public boolean isPending(Status status) {
    return pending.contains(status);
  }

  public boolean isRunning(Status status) {
    return running.contains(status);
  }

  /** Final statuses: nothing more happens to the run unless it is restarted as a new run. */
  public boolean isDone(Status status) {
    return done.contains(status);
  }

  static Builder builder(String name, Status... statuses) {
    return new Builder(name, statuses);
  }

  /** Builds a machine table by table; "any except" rules are spelled out against the statuses. */
  static final class Builder {
    private final String name;
    private final Set<Status> statuses;
    private final Map<Status, Set<Status>> allowedFrom = new EnumMap<>(Status.class);
    private final Set<Status> initial = EnumSet.noneOf(Status.class);
    private Set<Status> pending = EnumSet.noneOf(Status.class);
    private Set<Status> running = EnumSet.noneOf(Status.class);
    private Set<Status> done = EnumSet.noneOf(Status.class);

    private Builder(String name, Status... statuses) {
      this.name = name;
      this.statuses = EnumSet.copyOf(Set.of(statuses));
    }

    Builder initial(Status... to) {
      initial.addAll(Set.of(to));
      return this;
    }

    /** {@code to} may be reached from each of {@code from}. */
    Builder to(Status to, Status... from) {
      allowedFrom.computeIfAbsent(to, s -> EnumSet.noneOf(Status.class)).addAll(Set.of(from));
      return this;
    }

    /** {@code to} may be reached from every status of this machine except {@code except}. */
    Builder toFromAnyExcept(Status to, Status... except) {
      Set<Status> from = EnumSet.copyOf(statuses);
      from.removeAll(Set.of(except));
      allowedFrom.computeIfAbsent(to, s -> EnumSet.noneOf(Status.class)).addAll(from);
      return this;
    }

    Builder pending(Status... values) {
      pending = EnumSet.copyOf(Set.of(values));
      return this;
    }

    Builder running(Status... values) {
      running = EnumSet.copyOf(Set.of(values));
      return this;
    }

    Builder done(Status... values) {
      done = EnumSet.copyOf(Set.of(values));
      return this;
    }

    StatusMachine build() {
      for (Map.Entry<Status, Set<Status>> entry : allowedFrom.entrySet()) {
        if (!statuses.contains(entry.getKey()) || !statuses.containsAll(entry.getValue())) {
          throw new IllegalStateException(name + ": a transition names a foreign status");
        }
      }
      return new StatusMachine(this);
    }
  }
}
