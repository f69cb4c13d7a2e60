package org.annals.nlp;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A sentence's dependency edges, immutable, with each token's outgoing and incoming edges grouped
 * once: {@link ParsedSentence#children} and {@link ParsedSentence#heads} are asked for a dozen
 * times a token by the extractor, the dater and the mode detector, and scanning every edge each
 * time was the largest cost after CoreNLP (issue 6, docs/performance.md). Each group keeps the
 * edges' original order, so callers see what a scan would give.
 */
final class DependencyIndex extends AbstractList<Dependency> implements RandomAccess {
  private static final DependencyIndex EMPTY = new DependencyIndex(new Dependency[0]);

  private final Dependency[] all;
  /** Edges grouped by governor + 1 (the root edge's governor is -1). */
  private final Dependency[] byGovernor;
  private final int[] governorStart;
  /** Edges grouped by dependent + 1. */
  private final Dependency[] byDependent;
  private final int[] dependentStart;

  private DependencyIndex(Dependency[] all) {
    this.all = all;
    int slots = 1;
    for (Dependency d : all) {
      if (d.governor() < -1 || d.dependent() < 0) {
        throw new IllegalArgumentException("no such token in edge " + d);
      }
      slots = Math.max(slots, Math.max(d.governor(), d.dependent()) + 2);
    }
    this.governorStart = new int[slots + 1];
    this.dependentStart = new int[slots + 1];
    this.byGovernor = group(all, governorStart, /* byGovernor= */ true);
    this.byDependent = group(all, dependentStart, /* byGovernor= */ false);
  }

  /** Returns the edges as an index, reusing {@code edges} if it already is one. */
  static DependencyIndex of(List<Dependency> edges) {
    if (edges instanceof DependencyIndex d) {
      return d;
    }
    return edges.isEmpty() ? EMPTY : new DependencyIndex(edges.toArray(new Dependency[0]));
  }

  /** A counting sort of the edges by token, stable. */
  private static Dependency[] group(Dependency[] all, int[] start, boolean byGovernor) {
    for (Dependency d : all) {
      start[key(d, byGovernor) + 1]++;
    }
    for (int i = 1; i < start.length; i++) {
      start[i] += start[i - 1];
    }
    int[] next = start.clone();
    Dependency[] out = new Dependency[all.length];
    for (Dependency d : all) {
      out[next[key(d, byGovernor)]++] = d;
    }
    return out;
  }

  private static int key(Dependency d, boolean byGovernor) {
    return (byGovernor ? d.governor() : d.dependent()) + 1;
  }

  /** The edges whose governor is {@code token}, in edge order. */
  List<Dependency> children(int token) {
    return slice(byGovernor, governorStart, token + 1);
  }

  /**
   * The dependents of {@code token} by exactly {@code relation}, in edge order: {@link
   * ParsedSentence#children(int, String)} without a view and an iterator per call (issue 6: the
   * extractor asks this dozens of times a trigger, often before the JIT's last tier has compiled
   * it, and then every view and iterator is allocated).
   */
  List<Integer> dependents(int token, String relation) {
    int slot = token + 1;
    if (slot < 0 || slot >= governorStart.length - 1) {
      return java.util.Collections.emptyList();
    }
    List<Integer> out = null;
    for (int k = governorStart[slot]; k < governorStart[slot + 1]; k++) {
      Dependency d = byGovernor[k];
      if (d.relation().equals(relation)) {
        if (out == null) {
          out = new java.util.ArrayList<>(2);
        }
        out.add(d.dependent());
      }
    }
    return out == null ? java.util.Collections.emptyList() : out;
  }

  /** The edges whose dependent is {@code token}, in edge order. */
  List<Dependency> heads(int token) {
    return slice(byDependent, dependentStart, token + 1);
  }

  private static List<Dependency> slice(Dependency[] grouped, int[] start, int slot) {
    if (slot < 0 || slot >= start.length - 1 || start[slot] == start[slot + 1]) {
      return List.of();
    }
    return new Slice(grouped, start[slot], start[slot + 1]);
  }

  @Override
  public Dependency get(int i) {
    return all[i];
  }

  @Override
  public int size() {
    return all.length;
  }

  /** A read-only view of a range of a grouped array. */
  private static final class Slice extends AbstractList<Dependency> implements RandomAccess {
    private final Dependency[] edges;
    private final int from;
    private final int to;

    Slice(Dependency[] edges, int from, int to) {
      this.edges = edges;
      this.from = from;
      this.to = to;
    }

    @Override
    public Dependency get(int i) {
      if (i < 0 || i >= to - from) {
        throw new IndexOutOfBoundsException(i);
      }
      return edges[from + i];
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
