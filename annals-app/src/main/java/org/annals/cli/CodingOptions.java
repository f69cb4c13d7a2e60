package org.annals.cli;

import picocli.CommandLine.Option;

/**
 * The options of every command that codes articles ({@code code}, {@code eval}, {@code ingest},
 * {@code bench}, {@code serve --ingest}): the profile and the worker threads. A picocli mixin.
 */
final class CodingOptions {
  @Option(names = "--profile", defaultValue = "accurate",
      description = "accurate (parse every selected sentence) or fast (parse sentences"
          + " up to 40 tokens, an article's first up to 80).")
  Coders.Profile profile = Coders.Profile.ACCURATE;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();
}
