package org.annals.api;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import org.annals.store.EventStore;
import org.annals.store.StoreException;

/**
 * The HTTP server of {@code annals serve}: the JSON API under {@code /api}, {@code /openapi.json}
 * and the dashboard. Every response carries a Content-Security-Policy that allows only the server's
 * own scripts and styles; request bodies are limited to {@value #MAX_REQUEST_BYTES} bytes.
 */
public final class ApiServer implements AutoCloseable {
  /** The largest request body accepted, in bytes; the API takes no bodies. */
  public static final long MAX_REQUEST_BYTES = 16 * 1024;

  /** The Content-Security-Policy of every response. */
  public static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
      + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY");

  private final Javalin app;

  private ApiServer(Javalin app) {
    this.app = app;
  }

  /** Creates a server over a store; {@link #start} binds it. */
  public static ApiServer create(EventStore store) {
    Objects.requireNonNull(store, "store");
    EventsController events = new EventsController(store);
    byte[] openApi = resource("openapi.json");
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/public";
        sf.location = Location.CLASSPATH;
        sf.headers = SECURITY_HEADERS;
      });
    });
    app.before(ctx -> {
      SECURITY_HEADERS.forEach(ctx::header);
      if (ctx.req().getContentLengthLong() > MAX_REQUEST_BYTES) {
        ctx.skipRemainingHandlers();
        error(ctx, HttpStatus.CONTENT_TOO_LARGE, "request too large");
      }
    });
    app.get("/api/events", events::list);
    app.get("/api/events/{id}", events::one);
    app.get("/api/aggregates", events::aggregates);
    app.get("/api/actors", events::actors);
    app.get("/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApi));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
        e.getMessage()));
    app.exception(StoreException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
        "database error"));
    app.error(HttpStatus.NOT_FOUND, "json", ctx -> error(ctx, HttpStatus.NOT_FOUND, "not found"));
    return new ApiServer(app);
  }

  /** Starts listening on {@code host} and {@code port} (0 picks a free port). */
  public ApiServer start(String host, int port) {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
    app.start(host, port);
    return this;
  }

  /** Returns the port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Stops the server; the store stays open. */
  @Override
  public void close() {
    app.stop();
  }

  static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).contentType(ContentType.APPLICATION_JSON)
        .result(Json.write(Map.of("error", message == null ? status.getMessage() : message)));
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
