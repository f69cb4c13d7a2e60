/**
 * Event coding: finds pattern triggers in parsed sentences and reads their source and target from
 * the dependency structure (subjects, objects, obliques, passives, possessors), one event per actor
 * pair.
 */
@NullMarked
package org.annals.coding;

import org.jspecify.annotations.NullMarked;
