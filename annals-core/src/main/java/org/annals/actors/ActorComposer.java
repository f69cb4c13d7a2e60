package org.annals.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.events.ActorRef;

/**
 * Composes the mentions found inside one noun phrase into one actor code: a person gives the code
 * of the role held on the story date; an organization its code; a country, capital or nationality
 * adjective plus a role noun the country with the role ("Russian diplomats" is {@code RUSGOV}); a
 * capital alone the government; a role noun alone the article's own country when it has one.
 */
public final class ActorComposer {
  private ActorComposer() {}

  /**
   * Composes the mentions of a phrase, given in order of closeness to its head.
   *
   * @param mentions the phrase's mentions, closest to the head first; pronouns already resolved
   * @param headIsAdjective whether the head itself is a nationality word used as a noun ("eight
   *     Russians")
   * @param docCountry the article's own country, for bare role nouns ("police")
   */
  public static Optional<ActorMatch> compose(
      List<Mention> mentions, boolean headIsAdjective, Optional<String> docCountry) {
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    Mention person = first(mentions, Mention.Kind.PERSON);
    if (person != null) {
      return Optional.of(match(person.code(), person, person));
    }
    Mention org = first(mentions, Mention.Kind.ORG);
    if (org == null) {
      org = first(mentions, Mention.Kind.ORG_NOUN);
    }
    Mention country = null;
    for (Mention m : mentions) {
      if (m.isCountryLike()) {
        country = m;
        break;
      }
    }
    Mention agent = first(mentions, Mention.Kind.AGENT);
    if (agent != null && SPEAKERS_FOR.contains(agent.entry())) {
      // "the leader of the opposition", "an army spokesman": a role that only speaks or stands
      // for a body is of that body's role when the phrase names one
      for (Mention m : mentions) {
        if (m.kind() == Mention.Kind.AGENT && !SPEAKERS_FOR.contains(m.entry())) {
          agent = m;
          break;
        }
      }
    }
    if (agent != null && ActorRef.STATE_ROLES.contains(agent.code())) {
      // "rebel military officials", "insurgent police": the state's roles of an armed group
      // are the group's
      for (Mention m : mentions) {
        if (m.kind() == Mention.Kind.AGENT && ARMED_GROUPS.contains(m.code())) {
          agent = m;
          break;
        }
      }
    }
    if (org != null && (country == null || mentions.indexOf(org) < mentions.indexOf(country))) {
      return Optional.of(match(org.code(), org, org));
    }
    if (country != null && agent != null) {
      return Optional.of(match(country.code() + agent.code(), country, agent));
    }
    if (country != null) {
      return switch (country.kind()) {
        case CAPITAL -> Optional.of(match(country.code() + "GOV", country, country));
        case ADJECTIVE -> headIsAdjective
            ? Optional.of(match(country.code(), country, country)) : Optional.empty();
        default -> Optional.of(match(country.code(), country, country));
      };
    }
    if (agent != null && docCountry.isPresent()) {
      return Optional.of(match(docCountry.get() + agent.code(), agent, agent));
    }
    return Optional.empty();
  }

  /** Armed groups that fight a state. */
  private static final Set<String> ARMED_GROUPS = Set.of("REB", "INS", "SEP");

  /** Roles that speak or stand for a body, whose own role they take ("opposition leader"). */
  private static final Set<String> SPEAKERS_FOR = Set.of("agents.tsv:leader",
      "agents.tsv:spokesman", "agents.tsv:spokeswoman", "agents.tsv:spokesperson",
      "agents.tsv:official", "agents.tsv:secretary general", "agents.tsv:secretary-general",
      "agents.tsv:general secretary", "agents.tsv:delegation", "agents.tsv:delegate",
      "agents.tsv:representative");

  private static Mention first(List<Mention> mentions, Mention.Kind kind) {
    for (Mention m : mentions) {
      if (m.kind() == kind) {
        return m;
      }
    }
    return null;
  }

  private static ActorMatch match(String code, Mention a, Mention b) {
    int begin = Math.min(a.begin(), b.begin());
    int end = Math.max(a.end(), b.end());
    String entry = a == b ? a.entry() : a.entry() + " + " + b.entry();
    return new ActorMatch(code, begin, end, entry);
  }
}
