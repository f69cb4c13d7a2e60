package org.annals.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The lines of one gold file, grouped by task.
 *
 * @param path the file read
 * @param documents the {@code events} lines
 * @param quad the {@code quad} lines
 * @param plover the {@code plover} lines
 */
public record GoldFile(
    Path path, List<GoldDocument> documents, List<GoldSentence> quad, List<GoldSentence> plover) {

  /** Validates the fields and copies the lists. */
  public GoldFile {
    Objects.requireNonNull(path, "path");
    documents = List.copyOf(documents);
    quad = List.copyOf(quad);
    plover = List.copyOf(plover);
  }

  /**
   * Reads a JSON Lines gold file; blank lines are skipped.
   *
   * @throws IllegalArgumentException for a malformed line, with the file and the 1-based line
   *     number in the message ({@code gold.jsonl:7: ...})
   * @throws IOException when the file cannot be read
   */
  public static GoldFile read(Path path) throws IOException {
    List<GoldDocument> documents = new ArrayList<>();
    List<GoldSentence> quad = new ArrayList<>();
    List<GoldSentence> plover = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      GoldLineParser parser = new GoldLineParser(path);
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        Object parsed = parser.parse(line, number);
        if (parsed instanceof GoldDocument d) {
          documents.add(d);
        } else if (parsed instanceof GoldSentence s && s.task().equals(Tasks.QUAD)) {
          quad.add(s);
        } else {
          plover.add((GoldSentence) parsed);
        }
      }
    }
    return new GoldFile(path, documents, quad, plover);
  }

  /** Returns the tasks that have at least one line, in the order events, quad, plover. */
  public Set<String> tasks() {
    Set<String> tasks = new LinkedHashSet<>();
    if (!documents.isEmpty()) {
      tasks.add(Tasks.EVENTS);
    }
    if (!quad.isEmpty()) {
      tasks.add(Tasks.QUAD);
    }
    if (!plover.isEmpty()) {
      tasks.add(Tasks.PLOVER);
    }
    return tasks;
  }

  /** Returns the lines of a sentence task ({@code quad} or {@code plover}). */
  public List<GoldSentence> sentences(String task) {
    return switch (task) {
      case Tasks.QUAD -> quad;
      case Tasks.PLOVER -> plover;
      default ->
          throw new IllegalArgumentException(
              "not a sentence task: " + task + " (known: quad, plover)");
    };
  }
}
