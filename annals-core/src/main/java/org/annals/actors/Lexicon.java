package org.annals.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the project's tab-separated lexicon files from the classpath. */
public final class Lexicon {
  private Lexicon() {}

  /**
   * Returns the rows of {@code lexicon/<name>} without header and comments; {@code -} cells become
   * empty strings.
   */
  public static List<String[]> rows(String name) {
    String path = "/lexicon/" + name;
    InputStream in = Lexicon.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("lexicon file missing from the classpath: " + path);
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
          if (cells[i].equals("-")) {
            cells[i] = "";
          }
        }
        out.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return out;
  }

  /** Splits a {@code |}-list cell, dropping empty items. */
  public static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** Returns cell {@code i} or an empty string when the row is short. */
  public static String cell(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }
}
