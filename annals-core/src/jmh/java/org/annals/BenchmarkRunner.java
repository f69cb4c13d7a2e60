package org.annals;

import java.io.IOException;

/**
 * Runs the JMH benchmarks of {@code src/jmh/java}: the arguments are JMH's (a regex of benchmark
 * names, then options such as {@code -f 1 -wi 3 -i 5}). Build and run with {@code mvn -Pjmh -pl
 * annals-core test-compile exec:exec -Djmh.args="CodingStagesBenchmark"}.
 */
public final class BenchmarkRunner {
  private BenchmarkRunner() {}

  /** Delegates to {@link org.openjdk.jmh.Main}. */
  public static void main(String[] args) throws IOException {
    org.openjdk.jmh.Main.main(args);
  }
}
