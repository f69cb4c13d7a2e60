package org.annals.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.annals.EventCoder;

/**
 * One {@link EventCoder} per executor JVM and settings, built on first use: the CoreNLP models
 * load once however many tasks the executor runs, and the tasks share the coder (it is
 * thread-safe).
 */
final class ExecutorCoders {
  private static final ConcurrentMap<CoderSettings, EventCoder> CODERS = new ConcurrentHashMap<>();

  private ExecutorCoders() {}

  static EventCoder get(CoderSettings settings) {
    return CODERS.computeIfAbsent(settings, CoderSettings::build);
  }
}
