package org.annals.cli;

import picocli.CommandLine;

/** The entry point of {@code bin/annals}. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    CommandLine cl = commandLine();
    int code = cl.execute(args);
    cl.getOut().flush();
    System.exit(code);
  }

  /** Returns the configured command line, for tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new AnnalsCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new java.io.PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
        System.out, java.nio.charset.StandardCharsets.UTF_8)), false));
    cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(
        System.err, java.nio.charset.StandardCharsets.UTF_8), true));
    return cl;
  }
}
