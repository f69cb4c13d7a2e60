package org.annals.coding.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.annals.events.CameoCode;
import org.junit.jupiter.api.Test;

class CameoOntologyTest {
  private final CameoOntology cameo = CameoOntology.load();

  private String requestOf(String act, String root) {
    return cameo.requestOf(cameo.require(act), root).map(CameoCode::code).orElse("none");
  }

  @Test
  void requestOf_cooperativeAct_givesTheMatchingAppealOrDemand() {
    assertEquals("0256", requestOf("0871", "02"), "asking for a ceasefire is de-escalation");
    assertEquals("1053", requestOf("0841", "10"), "demanding a release");
    assertEquals("026", requestOf("046", "02"), "asking for negotiations is asking for talks");
    assertEquals("1033", requestOf("073", "10"), "demanding humanitarian aid");
  }

  @Test
  void requestOf_actThatIsNoConcession_givesNone() {
    assertEquals("none", requestOf("190", "02"));
    assertEquals("none", requestOf("112", "10"));
    assertEquals(Optional.empty(), cameo.requestOf(cameo.require("010"), "02"));
  }

  private String refusalOfRequest(String request) {
    return cameo.refusalOfRequest(cameo.require(request)).map(CameoCode::code).orElse("none");
  }

  @Test
  void refusalOfRequest_turnsDownTheActAsked() {
    assertEquals("1231", refusalOfRequest("1041"), "a demand for a new leader");
    assertEquals("1231", refusalOfRequest("0241"), "an appeal for a new leader");
    assertEquals("1243", refusalOfRequest("1053"), "a demand for a release");
    assertEquals("125", refusalOfRequest("026"), "an appeal for talks");
    assertEquals("122", refusalOfRequest("103"), "a demand for aid");
  }

  @Test
  void refusalOfRequest_plainOrNoRequest_givesNone() {
    assertEquals("none", refusalOfRequest("100"));
    assertEquals("none", refusalOfRequest("020"));
    assertEquals("none", refusalOfRequest("112"));
  }
}
