package org.annals.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the dashboard in headless Chromium: the table fills, markup in a story stays text, the
 * page is drawn. Skipped when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is
 * missing ({@code apt-get install -y chromium chromium-driver}).
 */
class DashboardIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private EventStore store;
  private ApiServer server;
  private ChromeDriver driver;

  @BeforeEach
  void start(@TempDir Path tmp) {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs /usr/bin/chromium and /usr/bin/chromedriver");
    store = EventStores.duckDb(tmp.resolve("events.duckdb"));
    ApiFixtures.fill(store);
    server = ApiServer.create(store).start("127.0.0.1", 0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900", "--user-data-dir=" + tmp.resolve("chrome-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private String base() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @Test
  void dashboard_showsRowsAndKeepsMarkupAsText() throws IOException {
    driver.get(base());
    waiting().until(d -> d.findElements(By.cssSelector("#events tbody tr")).size() >= 100);
    List<WebElement> cells = driver.findElements(By.cssSelector("#events td.evidence"));
    assertTrue(cells.stream().anyMatch(c -> c.getText().contains(
        "<script>window.pwned=1</script>")), "the script shows as text");
    assertTrue(driver.findElements(By.cssSelector("#events script, #events img")).isEmpty());
    waiting().until(d -> !d.findElements(By.cssSelector("#timeline-svg rect")).isEmpty());
    assertNotPwned();
    screenshotIsNotBlank("dashboard.png");
  }

  @Test
  void eventPage_highlightsTriggerAndActorsAsText() throws IOException {
    driver.get(base());
    waiting().until(d -> !d.findElements(By.cssSelector("#events tbody tr")).isEmpty());
    driver.findElements(By.cssSelector("#events tbody tr")).stream()
        .filter(r -> r.getText().contains("pwned")).findFirst().orElseThrow().click();
    waiting().until(d -> !d.findElements(By.cssSelector("#event-evidence mark.trigger"))
        .isEmpty());
    WebElement evidence = driver.findElement(By.id("event-evidence"));
    assertEquals(ApiFixtures.SCRIPT_EVIDENCE, evidence.getText());
    assertEquals("expelled", evidence.findElement(By.cssSelector("mark.trigger")).getText());
    assertEquals("Norway", evidence.findElement(By.cssSelector("mark.source")).getText());
    assertEquals("Russian", evidence.findElement(By.cssSelector("mark.target")).getText());
    assertTrue(driver.findElements(By.cssSelector("#event-view script, #event-view img"))
        .isEmpty());
    assertNotPwned();
    screenshotIsNotBlank("event.png");
  }

  private void assertNotPwned() {
    Object pwned = ((JavascriptExecutor) driver).executeScript(
        "return typeof window.pwned === 'undefined';");
    assertEquals(Boolean.TRUE, pwned, "a script from the data ran");
  }

  private void screenshotIsNotBlank(String name) throws IOException {
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", name), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int first = image.getRGB(0, 0);
    boolean varied = false;
    for (int y = 0; y < image.getHeight() && !varied; y += 3) {
      for (int x = 0; x < image.getWidth() && !varied; x += 3) {
        varied = image.getRGB(x, y) != first;
      }
    }
    assertFalse(!varied, "the screenshot is blank");
  }
}
