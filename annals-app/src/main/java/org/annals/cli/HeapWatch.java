package org.annals.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap for {@code annals bench}: the peak used (garbage included, so it grows with
 * {@code -Xmx}) and the peak live after a collection (what the run needs).
 */
final class HeapWatch {
  private final AtomicLong afterGc = new AtomicLong();
  private final List<Runnable> detach = new ArrayList<>();

  /** The peaks in megabytes. */
  record Peak(long usedMb, long afterGcMb) {}

  private HeapWatch() {}

  static HeapWatch start() {
    HeapWatch w = new HeapWatch();
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
        heapPools.add(p.getName());
      }
    }
    NotificationListener listener = (n, handback) -> {
      if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> u : info.getGcInfo().getMemoryUsageAfterGc()
            .entrySet()) {
          used += heapPools.contains(u.getKey()) ? u.getValue().getUsed() : 0;
        }
        w.afterGc.accumulateAndGet(used, Math::max);
      }
    };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(listener, null, null);
        w.detach.add(() -> {
          try {
            e.removeNotificationListener(listener);
          } catch (javax.management.ListenerNotFoundException ignored) {
            // already gone
          }
        });
      }
    }
    return w;
  }

  Peak stop() {
    detach.forEach(Runnable::run);
    long used = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        used += p.getPeakUsage().getUsed();
      }
    }
    return new Peak(used >> 20, afterGc.get() >> 20);
  }
}
