package org.annals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that turns a throughput score into operations per CPU-second of the benchmark's
 * own threads ({@code cpu.ops/cpu-s}) and reports the share of a core those threads got during the
 * iteration ({@code cpu.share}). On a shared machine the wall-clock score falls with the other
 * jobs' load while the CPU-time rate does not (issue 6: single iterations of {@code allStages}
 * differed threefold under a load average of 5 on two cores). Use with {@code -prof
 * org.annals.CpuTimeProfiler}; the score is the wall-clock rate times the iteration's wall time
 * over its worker threads' CPU time, both read by this profiler around the iteration.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Map<Long, Long> before = Map.of();
  private long wallBefore;

  @Override
  public String getDescription() {
    return "operations per CPU-second of the benchmark threads";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = workerCpu();
    wallBefore = System.nanoTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long wall = System.nanoTime() - wallBefore;
    long cpu = 0;
    for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
      cpu += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    double threads = benchmarkParams.getThreads();
    // the score counts the operations of all threads per wall second
    double perCpuSecond = cpu <= 0 ? 0 : result.getPrimaryResult().getScore() * wall / cpu;
    return List.of(
        new ScalarResult("cpu.ops/cpu-s", perCpuSecond, "ops/cpu-s", AggregationPolicy.AVG),
        new ScalarResult("cpu.share", cpu / (threads * wall), "core", AggregationPolicy.AVG));
  }

  /** CPU nanoseconds of each live JMH worker thread, by thread id. */
  private static Map<Long, Long> workerCpu() {
    Map<Long, Long> out = new HashMap<>();
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && t.getThreadName().contains("jmh-worker")) {
        long nanos = THREADS.getThreadCpuTime(t.getThreadId());
        if (nanos >= 0) {
          out.put(t.getThreadId(), nanos);
        }
      }
    }
    return out;
  }
}
