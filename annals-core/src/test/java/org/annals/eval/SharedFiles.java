package org.annals.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only shared data directory for tests that may use it. */
final class SharedFiles {
  private SharedFiles() {}

  /**
   * Returns the system property {@code annals.shared}, else the first of {@code ../shared} and
   * {@code ../../shared} (relative to the module directory) that exists.
   */
  static Path dir() {
    String property = System.getProperty("annals.shared");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    for (String candidate : new String[] {"../shared", "../../shared"}) {
      Path p = Path.of(candidate);
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    return Path.of("../shared");
  }
}
