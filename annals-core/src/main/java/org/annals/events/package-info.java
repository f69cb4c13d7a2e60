/**
 * The domain model of Annals: an {@link org.annals.events.Event} says who did what to whom, when,
 * in which mode, and where in the article it was read. Immutable records with no framework imports;
 * every other package depends on this one and it depends on none.
 */
@NullMarked
package org.annals.events;

import org.jspecify.annotations.NullMarked;
