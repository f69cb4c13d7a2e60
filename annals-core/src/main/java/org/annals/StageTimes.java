package org.annals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link StageTimer} that adds up, over all threads, the CPU nanoseconds spent in each stage and
 * the sentences split and selected for parsing. It reads each thread's CPU clock rather than the
 * wall clock, so that other processes on the machine do not inflate the figures (reading it costs
 * about a microsecond, a few dozen times per article). Thread-safe; {@link #reset} between
 * measurements.
 */
public final class StageTimes implements StageTimer {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final LongAdder[] nanos = new LongAdder[Stage.values().length];
  private final LongAdder sentences = new LongAdder();
  private final LongAdder selected = new LongAdder();

  /** Creates a timer with every count at zero. */
  public StageTimes() {
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = new LongAdder();
    }
  }

  @Override
  public long start() {
    return THREADS.getCurrentThreadCpuTime();
  }

  @Override
  public long stop(Stage stage, long start) {
    long now = THREADS.getCurrentThreadCpuTime();
    nanos[stage.ordinal()].add(now - start);
    return now;
  }

  @Override
  public void sentences(int split, int chosen) {
    sentences.add(split);
    selected.add(chosen);
  }

  /** Returns the CPU nanoseconds spent in {@code stage}, summed over threads. */
  public long nanos(Stage stage) {
    return nanos[stage.ordinal()].sum();
  }

  /** Returns the CPU nanoseconds spent in all stages, summed over threads. */
  public long totalNanos() {
    long sum = 0;
    for (Stage s : Stage.values()) {
      sum += nanos(s);
    }
    return sum;
  }

  /** Returns the CPU nanoseconds spent in the stages after CoreNLP, summed over threads. */
  public long afterCoreNlpNanos() {
    long sum = 0;
    for (Stage s : Stage.values()) {
      sum += s.afterCoreNlp() ? nanos(s) : 0;
    }
    return sum;
  }

  /** Returns the number of sentences split. */
  public long sentences() {
    return sentences.sum();
  }

  /** Returns the number of sentences selected for parsing. */
  public long selected() {
    return selected.sum();
  }

  /** Sets every count back to zero; call it while no article is being coded. */
  public void reset() {
    for (LongAdder a : nanos) {
      a.reset();
    }
    sentences.reset();
    selected.reset();
  }
}
