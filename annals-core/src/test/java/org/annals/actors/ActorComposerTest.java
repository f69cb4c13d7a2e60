package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.actors.Mention.Kind;
import org.junit.jupiter.api.Test;

class ActorComposerTest {
  private static final Optional<String> NO_COUNTRY = Optional.empty();

  private static Mention m(int token, Kind kind, String code) {
    String entry = kind.name().toLowerCase(Locale.ROOT) + ":" + code;
    return new Mention(token, token + 1, kind, code, entry);
  }

  private static Optional<String> code(List<Mention> ms, boolean headAdj, Optional<String> doc) {
    return ActorComposer.compose(ms, headAdj, doc).map(ActorMatch::code);
  }

  @Test
  void compose_noMentions_isEmpty() {
    assertEquals(Optional.empty(), code(List.of(), false, Optional.of("USA")));
  }

  @Test
  void compose_personWithCountryAndRole_personCodeWins() {
    List<Mention> ms =
        List.of(m(2, Kind.AGENT, "GOV"), m(1, Kind.PERSON, "FRAGOVHOS"), m(0, Kind.COUNTRY, "FRA"));

    assertEquals(Optional.of("FRAGOVHOS"), code(ms, false, NO_COUNTRY));
  }

  @Test
  void compose_aRoleThatSpeaksForABody_takesThatBodysRole() {
    Mention leader = new Mention(1, 2, Kind.AGENT, "GOV", "agents.tsv:leader");
    Mention opposition = new Mention(4, 5, Kind.AGENT, "OPP", "agents.tsv:opposition");
    Mention minister = new Mention(1, 2, Kind.AGENT, "GOV", "agents.tsv:minister");
    Mention army = new Mention(0, 1, Kind.AGENT, "MIL", "agents.tsv:army");

    assertEquals(Optional.of("CHLOPP"), code(List.of(leader, m(3, Kind.ADJECTIVE, "CHL"),
        opposition), false, NO_COUNTRY), "the leader of the Chilean opposition");
    assertEquals(Optional.of("CHLGOV"), code(List.of(minister, army, m(2, Kind.ADJECTIVE, "CHL")),
        false, NO_COUNTRY), "a minister of the army is still a minister");
    assertEquals(Optional.of("CHLGOV"), code(List.of(leader, m(0, Kind.ADJECTIVE, "CHL")),
        false, NO_COUNTRY), "a leader alone");
  }

  @Test
  void compose_stateRoleOfAnArmedGroup_isTheGroups() {
    Mention officials = new Mention(2, 4, Kind.AGENT, "MIL", "agents.tsv:military official");
    Mention rebel = new Mention(1, 2, Kind.AGENT, "REB", "agents.tsv:rebel");
    Mention students = new Mention(1, 2, Kind.AGENT, "EDU", "agents.tsv:student");

    assertEquals(Optional.of("CHLREB"), code(List.of(officials, rebel,
        m(0, Kind.ADJECTIVE, "CHL")), false, NO_COUNTRY), "Chilean rebel military officials");
    assertEquals(Optional.of("CHLMIL"), code(List.of(officials, students,
        m(0, Kind.ADJECTIVE, "CHL")), false, NO_COUNTRY), "no armed group: the role stands");
  }

  @Test
  void compose_organization_givesItsCode() {
    assertEquals(Optional.of("IGOWSTNAT"),
        code(List.of(m(0, Kind.ORG, "IGOWSTNAT")), false, NO_COUNTRY));
  }

  @Test
  void compose_organizationCloserToHeadThanCountry_organizationWins() {
    // "the Polish NATO delegation": NATO is closer to the head than Polish
    List<Mention> ms = List.of(m(2, Kind.ORG, "IGOWSTNAT"), m(1, Kind.ADJECTIVE, "POL"));

    assertEquals(Optional.of("IGOWSTNAT"), code(ms, false, NO_COUNTRY));
  }

  @Test
  void compose_countryCloserToHeadThanOrganization_countryWins() {
    // "the NATO member Estonia": Estonia heads the phrase
    List<Mention> ms = List.of(m(3, Kind.COUNTRY, "EST"), m(1, Kind.ORG, "IGOWSTNAT"));

    assertEquals(Optional.of("EST"), code(ms, false, NO_COUNTRY));
  }

  @Test
  void compose_genericOrganizationNounAlone_givesItsCode() {
    assertEquals(Optional.of("IGOWSTNAT"),
        code(List.of(m(1, Kind.ORG_NOUN, "IGOWSTNAT")), false, NO_COUNTRY));
  }

  @Test
  void compose_countryPlusRole_givesCountryWithRoleSpanningBoth() {
    List<Mention> ms = List.of(m(3, Kind.AGENT, "MIL"), m(1, Kind.COUNTRY, "TUR"));

    ActorMatch a = ActorComposer.compose(ms, false, Optional.of("GRC")).orElseThrow();

    assertEquals("TURMIL", a.code());
    assertEquals(1, a.begin());
    assertEquals(4, a.end());
    assertEquals("country:TUR + agent:MIL", a.entry());
  }

  @Test
  void compose_adjectivePlusRole_givesCountryWithRole() {
    List<Mention> ms = List.of(m(2, Kind.AGENT, "GOV"), m(1, Kind.ADJECTIVE, "RUS"));

    assertEquals(Optional.of("RUSGOV"), code(ms, false, NO_COUNTRY));
  }

  @Test
  void compose_capitalAlone_givesGovernment() {
    assertEquals(Optional.of("RUSGOV"),
        code(List.of(m(0, Kind.CAPITAL, "RUS")), false, NO_COUNTRY));
  }

  @Test
  void compose_countryAlone_givesCountry() {
    assertEquals(Optional.of("KEN"), code(List.of(m(0, Kind.COUNTRY, "KEN")), false, NO_COUNTRY));
  }

  @Test
  void compose_adjectiveAloneNotHead_isEmpty() {
    // "Russian airspace": the adjective names no actor by itself
    assertTrue(code(List.of(m(0, Kind.ADJECTIVE, "RUS")), false, Optional.of("UKR")).isEmpty());
  }

  @Test
  void compose_adjectiveAloneAsHead_givesCountry() {
    // "eight Russians"
    assertEquals(Optional.of("RUS"), code(List.of(m(1, Kind.ADJECTIVE, "RUS")), true, NO_COUNTRY));
  }

  @Test
  void compose_bareRoleWithDocumentCountry_takesDocumentCountry() {
    assertEquals(Optional.of("NGAMIL"),
        code(List.of(m(0, Kind.AGENT, "MIL")), false, Optional.of("NGA")));
  }

  @Test
  void compose_bareRoleWithoutDocumentCountry_isEmpty() {
    assertTrue(code(List.of(m(0, Kind.AGENT, "MIL")), false, NO_COUNTRY).isEmpty());
  }
}
