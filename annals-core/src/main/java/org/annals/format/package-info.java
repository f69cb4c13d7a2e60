/**
 * Output formats for coded events: Annals' own JSON Lines (every field the coder knows), the 61
 * tab-separated columns of the GDELT 2.0 event table, and PLOVER-style JSON lines. Writers are
 * chosen by name with {@link org.annals.format.EventWriters#forName}; each writes one line per
 * {@link org.annals.events.Event} and produces the same bytes for the same events.
 */
@NullMarked
package org.annals.format;

import org.jspecify.annotations.NullMarked;
