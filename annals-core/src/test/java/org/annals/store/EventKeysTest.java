package org.annals.store;

import static org.annals.store.StoreFixtures.EXPEL;
import static org.annals.store.StoreFixtures.day;
import static org.annals.store.StoreFixtures.event;
import static org.annals.store.StoreFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The identity of a happening, without a database. */
class EventKeysTest {
  @Test
  void id_sameDyadCodeAndDayInTwoArticles_isTheSame() {
    assertEquals(EventKeys.id(event("a", 1, "NOR", "RUS", EXPEL, Optional.of(day("2024-03-08")))),
        EventKeys.id(event("b", 4, "NOR", "RUS", EXPEL, Optional.of(day("2024-03-08")))));
  }

  @Test
  void id_dayMonthAndUndated_areDifferentWindows() {
    long dayId = EventKeys.id(event("a", 1, "NOR", "RUS", EXPEL, Optional.of(day("2024-03-01"))));
    long monthId = EventKeys.id(event("a", 1, "NOR", "RUS", EXPEL,
        Optional.of(month("2024-03"))));
    assertNotEquals(dayId, monthId);
    assertNotEquals(EventKeys.id(event("a", 1, "NOR", "RUS", EXPEL, Optional.empty())),
        EventKeys.id(event("b", 1, "NOR", "RUS", EXPEL, Optional.empty())));
    assertTrue(dayId > 0 && monthId > 0);
  }

  @Test
  void articleHash_isHexSha256() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        org.annals.ingest.Article.hashOf(""));
  }
}
