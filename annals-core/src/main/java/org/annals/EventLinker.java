package org.annals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.EventCoder.Draft;
import org.annals.coding.Candidate;
import org.annals.events.ActorRef;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.ingest.Article;
import org.annals.nlp.ParsedArticle;
import org.annals.nlp.ParsedSentence;
import org.annals.time.CauseCues;

/**
 * Turns an article's drafts into its events: one event per happening (GUIDELINE rule 8: a noun
 * that refers back to an event told by a verb is the same event), ids in reading order, and cause
 * links (a cue inside the sentence, or "in retaliation" pointing back to the latest earlier event
 * between the same actors the other way round). Stateless.
 */
final class EventLinker {
  private final CauseCues cues = new CauseCues();

  /** Builds an event from a draft with its id and cause. */
  interface Builder {
    Event build(Article a, Draft d, String id, Optional<String> cause);
  }

  CodedArticle link(Article a, ParsedArticle parsed, List<Draft> drafts, Builder builder) {
    // reading order, once: merging and cause finding both walk the drafts in it
    List<Draft> ordered = new ArrayList<>(drafts);
    ordered.sort(Comparator.comparingInt((Draft d) -> d.candidate().sentence().index())
        .thenComparingInt(d -> d.candidate().trigger()));
    Map<Draft, Draft> mergedInto = new HashMap<>();
    List<Draft> kept = merge(ordered, mergedInto);
    Map<Draft, String> ids = new LinkedHashMap<>();
    for (Draft d : kept) {
      ids.put(d, a.id() + "#" + (ids.size() + 1));
    }
    Map<Draft, Draft> causes = causes(ordered, kept, mergedInto);
    List<Event> events = new ArrayList<>(kept.size());
    Map<String, String> explain = new LinkedHashMap<>();
    for (Draft d : kept) {
      Draft c = causes.get(d);
      Optional<String> cause = Optional.ofNullable(c == null ? null : ids.get(c));
      Event e = builder.build(a, d, ids.get(d), cause);
      events.add(e);
      explain.put(e.id(), EventCoder.explain(d.candidate()));
    }
    return new CodedArticle(parsed, events, explain);
  }

  /** Drops repeated mentions of one happening, keeping the verbal (more informative) one. */
  private static List<Draft> merge(List<Draft> drafts, Map<Draft, Draft> mergedInto) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft same = null;
      for (Draft k : out) {
        if (sameHappening(k, d)) {
          same = k;
          break;
        }
      }
      if (same == null) {
        out.add(d);
      } else if (d.candidate().pattern().noun() || !same.candidate().pattern().noun()) {
        mergedInto.put(d, same);
      } else {
        out.set(out.indexOf(same), d);
        mergedInto.put(same, d);
      }
    }
    return out;
  }

  static boolean sameHappening(Draft x, Draft y) {
    Candidate a = x.candidate();
    Candidate b = y.candidate();
    // "began talks with the union ... the minister met the union's leader": talks and a meeting
    // of the same sides, either way round, on the same day are one consultation
    boolean forward = sameDyad(a.source().code(), a.target().code(), b.source().code(),
        b.target().code());
    boolean talks = TALKS.contains(a.pattern().code()) && TALKS.contains(b.pattern().code())
        && sameDay(x.date(), y.date()) && (forward || sameDyad(a.source().code(),
            a.target().code(), b.target().code(), b.source().code()));
    if (!(talks || forward && a.pattern().code().equals(b.pattern().code()))
        || x.mode() != y.mode()) {
      return false;
    }
    if (a.sentence() == b.sentence() && a.trigger() == b.trigger()) {
      return true;
    }
    // the later mention is the one that may refer back; "a skirmish" tells a new one
    Candidate later = b.sentence().index() > a.sentence().index()
        || b.sentence() == a.sentence() && b.trigger() > a.trigger() ? b : a;
    if (later.pattern().noun() && indefinite(later)) {
      return false;
    }
    return a.pattern().noun() || b.pattern().noun();
  }

  private static boolean sameDay(Optional<EventDate> x, Optional<EventDate> y) {
    return x.isPresent() && y.isPresent() && x.get().day().equals(y.get().day())
        && x.get().precision() == y.get().precision();
  }

  /** Consultations that a meeting and talks both report: consult (040) and negotiate (046). */
  private static final java.util.Set<String> TALKS = java.util.Set.of("040", "046");

  /** Whether an event noun comes with "a" or "an": it tells a happening not told before. */
  private static boolean indefinite(Candidate c) {
    ParsedSentence s = c.sentence();
    for (int d : s.children(c.trigger(), "det")) {
      String w = s.tokens().get(d).lemma();
      if (w.equals("a") || w.equals("an")) {
        return true;
      }
    }
    return false;
  }

  /** Finds each kept event's cause, walking all drafts ({@code ordered}: in reading order). */
  private Map<Draft, Draft> causes(List<Draft> ordered, List<Draft> kept,
      Map<Draft, Draft> merged) {
    Map<Draft, Draft> out = new HashMap<>();
    for (Draft effect : ordered) {
      Candidate e = effect.candidate();
      ParsedSentence s = e.sentence();
      Draft found = null;
      for (Draft cause : ordered) {
        Candidate c = cause.candidate();
        if (c.sentence() == s && (cues.causes(s, c.trigger(), e.trigger())
            || reactive(effect) && cues.isArgumentOf(s, c.trigger(), e.trigger()))) {
          found = cause;
          break;
        }
      }
      if (found == null && (cues.respondsToEarlier(s, e.trigger()) || answer(effect))) {
        found = latestReverse(ordered, effect);
      }
      Draft target = resolve(effect, merged);
      if (found != null && kept.contains(target) && resolve(found, merged) != target) {
        out.putIfAbsent(target, resolve(found, merged));
      }
    }
    inheritCauses(kept, out);
    return out;
  }

  /** Acts that answer what they are about: demands, disapproval, rejection, threats, sanctions. */
  private static boolean reactive(Draft d) {
    String root = d.candidate().pattern().code().substring(0, 2);
    return switch (root) {
      case "10", "11", "12", "13", "16" -> true;
      default -> false;
    };
  }

  /**
   * Acts that are by nature an answer to the other side's act: a rejection (12x) is of the other
   * side's proposal or demand, a denial (016) of its charge. When the article reports that act,
   * it is the cause.
   */
  private static boolean answer(Draft d) {
    String code = d.candidate().pattern().code();
    return code.startsWith("12") || code.equals("016");
  }

  /** "Russia is also suspending ...": later acts of the same actors share the cause. */
  private static void inheritCauses(List<Draft> kept, Map<Draft, Draft> out) {
    for (int i = 0; i < kept.size(); i++) {
      Draft d = kept.get(i);
      if (out.containsKey(d)) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Draft p = kept.get(j);
        if (out.containsKey(p) && sameDyadAndRoot(p, d)) {
          out.put(d, out.get(p));
          break;
        }
      }
    }
  }

  private static boolean sameDyadAndRoot(Draft p, Draft d) {
    Candidate a = p.candidate();
    Candidate b = d.candidate();
    return a.pattern().code().substring(0, 2).equals(b.pattern().code().substring(0, 2))
        && sameDyad(a.source().code(), a.target().code(), b.source().code(), b.target().code());
  }

  /**
   * Whether two events are between the same sides: the same countries (or organizations), and
   * within one country the same sectors too. "the army's offensive against the rebels" and "armed
   * groups targeting civilians" are two happenings, though both are one country's people.
   */
  static boolean sameDyad(String source, String target, String otherSource, String otherTarget) {
    if (!primary(source).equals(primary(otherSource))
        || !primary(target).equals(primary(otherTarget))) {
      return false;
    }
    boolean domestic = primary(source).equals(primary(target));
    return !domestic || ActorRef.sameActor(source, otherSource)
        && ActorRef.sameActor(target, otherTarget);
  }

  private static Draft latestReverse(List<Draft> ordered, Draft effect) {
    Candidate e = effect.candidate();
    Draft best = null;
    for (Draft d : ordered) {
      Candidate c = d.candidate();
      boolean before = c.sentence().index() < e.sentence().index()
          || c.sentence() == e.sentence() && c.trigger() < e.trigger();
      if (before && sameDyad(c.source().code(), c.target().code(), e.target().code(),
          e.source().code())) {
        best = d;
      }
    }
    return best;
  }

  private static Draft resolve(Draft d, Map<Draft, Draft> merged) {
    Draft r = d;
    for (int i = 0; i < 10 && merged.containsKey(r); i++) {
      r = merged.get(r);
    }
    return r;
  }

  private static String primary(String code) {
    return ActorRef.primaryOf(code);
  }
}
