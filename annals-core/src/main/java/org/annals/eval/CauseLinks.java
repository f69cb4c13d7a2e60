package org.annals.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts gold cause links and those the system also links (the cause figure of rule 4).
 *
 * <p>A gold link "event i responds to event j" counts when both events count in recall (neither is
 * an unscored trap). The system has it when i and j are both matched (true positives) and the
 * system event matched to i gives as its cause the id of the system event matched to j.
 */
final class CauseLinks {
  private CauseLinks() {}

  static Share tally(Share share, List<GoldEvent> gold, DocumentResult r) {
    Map<Integer, SystemEvent> matched = new HashMap<>();
    r.matched().forEach(p -> matched.put(p.goldIndex(), p.system()));
    Share out = share;
    for (int i = 0; i < gold.size(); i++) {
      Integer j = gold.get(i).cause();
      if (j == null || !counted(gold, matched, i) || !counted(gold, matched, j)) {
        continue;
      }
      SystemEvent si = matched.get(i);
      SystemEvent sj = matched.get(j);
      out = out.add(si != null && sj != null && Objects.equals(si.cause(), sj.id()));
    }
    return out;
  }

  private static boolean counted(List<GoldEvent> gold, Map<Integer, SystemEvent> matched, int k) {
    return k >= 0 && k < gold.size() && (!gold.get(k).isTrap() || matched.containsKey(k));
  }
}
