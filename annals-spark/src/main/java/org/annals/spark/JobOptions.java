package org.annals.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arguments of {@link SparkCodingJob}: {@code [--format parquet|gdelt] [--profile
 * accurate|fast] INPUT... OUTPUT}. Inputs ending in {@code .warc} or {@code .warc.gz} (globs too)
 * are web archives; the others are JSON Lines of articles.
 *
 * @param inputs the input paths or globs
 * @param output the output directory (must not exist)
 * @param format {@code parquet} or {@code gdelt}
 * @param settings how to build the coder
 */
record JobOptions(List<String> inputs, String output, String format, CoderSettings settings) {
  static final String USAGE = "usage: SparkCodingJob [--format parquet|gdelt]"
      + " [--profile accurate|fast] INPUT... OUTPUT";

  JobOptions {
    inputs = List.copyOf(inputs);
  }

  /** Parses the command line; throws IllegalArgumentException with the usage when it is wrong. */
  static JobOptions parse(String... args) {
    List<String> paths = new ArrayList<>();
    String format = "parquet";
    CoderSettings settings = CoderSettings.profile("accurate");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--format")) {
        format = value(args, ++i).toLowerCase(Locale.ROOT);
      } else if (args[i].equals("--profile")) {
        settings = CoderSettings.profile(value(args, ++i));
      } else {
        paths.add(args[i]);
      }
    }
    if (!format.equals("parquet") && !format.equals("gdelt")) {
      throw new IllegalArgumentException("unknown --format '" + format + "'\n" + USAGE);
    }
    if (paths.size() < 2) {
      throw new IllegalArgumentException("give at least one input and the output directory\n"
          + USAGE);
    }
    return new JobOptions(paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1),
        format, settings);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
    }
    return args[i];
  }

  /** Returns the inputs that are web archives. */
  List<String> warcInputs() {
    return inputs.stream().filter(JobOptions::isWarc).toList();
  }

  /** Returns the inputs that are JSON Lines. */
  List<String> jsonInputs() {
    return inputs.stream().filter(p -> !isWarc(p)).toList();
  }

  private static boolean isWarc(String path) {
    return path.endsWith(".warc") || path.endsWith(".warc.gz");
  }
}
