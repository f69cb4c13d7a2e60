package org.annals.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.annals.events.ActorRef;
import org.annals.events.Mode;

/**
 * Matches the system events of one document to its gold events, one to one (FORMAT.md scoring rules
 * 1 to 3).
 *
 * <p>Greedy in four tiers: pairs agreeing on the full code before pairs agreeing on the root only
 * (rule 2), and within each, pairs that score as true positives (the gold event is no trap, or the
 * system gave the trap its mode) before pairs that would hit a trap. Within a tier gold events are
 * taken in gold order and each takes the first free system event in trigger order.
 */
final class EventMatcher {
  private final List<GoldEvent> gold;
  private final List<SystemEvent> system;
  private final int[] goldToSystem;
  private final boolean[] systemUsed;
  private final boolean[] swapped;

  private EventMatcher(List<GoldEvent> gold, List<SystemEvent> system) {
    this.gold = gold;
    this.system = new ArrayList<>(system);
    this.system.sort(Comparator.comparingInt(SystemEvent::triggerBegin));
    this.goldToSystem = new int[gold.size()];
    Arrays.fill(goldToSystem, -1);
    this.systemUsed = new boolean[system.size()];
    this.swapped = new boolean[gold.size()];
  }

  /** Matches one document and sorts the outcome into true and false positives and negatives. */
  static DocumentResult match(GoldDocument doc, List<SystemEvent> system) {
    EventMatcher m = new EventMatcher(doc.events(), system);
    m.pass(/* fullCode= */ true, /* trapHit= */ false);
    m.pass(/* fullCode= */ true, /* trapHit= */ true);
    m.pass(/* fullCode= */ false, /* trapHit= */ false);
    m.pass(/* fullCode= */ false, /* trapHit= */ true);
    return m.result(doc.id());
  }

  private void pass(boolean fullCode, boolean trapHit) {
    for (int g = 0; g < gold.size(); g++) {
      if (goldToSystem[g] >= 0) {
        continue;
      }
      for (int s = 0; s < system.size(); s++) {
        if (!systemUsed[s] && fits(gold.get(g), system.get(s), fullCode, trapHit, g)) {
          goldToSystem[g] = s;
          systemUsed[s] = true;
          break;
        }
      }
    }
  }

  private boolean fits(GoldEvent g, SystemEvent s, boolean fullCode, boolean trapHit, int gi) {
    if (fullCode ? !g.code().equals(s.code()) : !g.root().equals(s.root())) {
      return false;
    }
    if (isTrapHit(g, s) != trapHit) {
      return false;
    }
    if (sameActors(g.source(), g.target(), s.source(), s.target())) {
      swapped[gi] = false;
      return true;
    }
    if (symmetric(g, s) && sameActors(g.source(), g.target(), s.target(), s.source())) {
      swapped[gi] = true;
      return true;
    }
    return false;
  }

  /** Returns whether a match would be a false positive under rule 3. */
  static boolean isTrapHit(GoldEvent g, SystemEvent s) {
    return g.isTrap() && !sameMode(g.mode(), s.mode());
  }

  static boolean sameMode(String gold, String system) {
    return Mode.parse(gold) == Mode.parse(system);
  }

  /** Roots 04 and 06 and code 057 (gold's or system's) may swap source and target. */
  static boolean symmetric(GoldEvent g, SystemEvent s) {
    String root = g.root();
    return root.equals("04")
        || root.equals("06")
        || g.code().startsWith("057")
        || s.code().startsWith("057");
  }

  private static boolean sameActors(String gs, String gt, String ss, String st) {
    return ActorRef.primaryOf(gs).equals(ActorRef.primaryOf(ss))
        && ActorRef.primaryOf(gt).equals(ActorRef.primaryOf(st));
  }

  private DocumentResult result(String doc) {
    List<MatchedPair> matched = new ArrayList<>();
    List<MatchedPair> trapHits = new ArrayList<>();
    List<GoldEvent> missed = new ArrayList<>();
    List<GoldEvent> ignored = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      GoldEvent ge = gold.get(g);
      int s = goldToSystem[g];
      if (s < 0) {
        (ge.isTrap() ? ignored : missed).add(ge);
        continue;
      }
      MatchedPair pair = new MatchedPair(g, ge, system.get(s), swapped[g]);
      (isTrapHit(ge, pair.system()) ? trapHits : matched).add(pair);
    }
    List<SystemEvent> falseEvents = new ArrayList<>();
    for (int s = 0; s < system.size(); s++) {
      if (!systemUsed[s]) {
        falseEvents.add(system.get(s));
      }
    }
    return new DocumentResult(doc, matched, trapHits, missed, ignored, falseEvents);
  }
}
