/**
 * The HTTP API and dashboard of {@code annals serve}: JSON endpoints over an {@link
 * org.annals.store.EventStore} (events with filters and cursor paging, one event with its mentions,
 * aggregates, actors, the OpenAPI document) and the static dashboard under {@code
 * resources/public}. The only package that imports Javalin.
 */
@NullMarked
package org.annals.api;

import org.jspecify.annotations.NullMarked;
