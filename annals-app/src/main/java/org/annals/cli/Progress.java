package org.annals.cli;

import java.io.PrintWriter;

/** A one-line progress report on standard error: articles done, rate and time left. */
final class Progress {
  private final PrintWriter err;
  private final boolean on;
  private final long total;
  private final long start = System.nanoTime();
  private long done;
  private long events;
  private long lastPrint;

  Progress(PrintWriter err, boolean on, long total) {
    this.err = err;
    this.on = on;
    this.total = total;
  }

  void tick(int newEvents) {
    done++;
    events += newEvents;
    long now = System.nanoTime();
    if (on && now - lastPrint > 500_000_000L) {
      lastPrint = now;
      err.print("\r" + line(now));
      err.flush();
    }
  }

  String line(long now) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / secs;
    String eta = total > 0 && rate > 0
        ? String.format(" ETA %ds", Math.round((total - done) / rate)) : "";
    return String.format("%d%s articles, %d events, %.1f articles/s%s   ", done,
        total > 0 ? "/" + total : "", events, rate, eta);
  }

  void finish() {
    if (on) {
      err.println("\r" + line(System.nanoTime()));
      err.flush();
    }
  }
}
