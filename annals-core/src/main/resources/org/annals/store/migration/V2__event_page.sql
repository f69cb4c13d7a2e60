-- Annals event database, version 2 (issue 5): what a page of events shows is kept on the event
-- row, so that a page reads the events table only. Reading each page's first mentions and their
-- articles took most of a page's time on a million events (docs/performance.md).

-- The event's fields that do not change once it is stored, its first mention's words and positions
-- and that mention's article's URL, as a JSON object with the keys of
-- org.annals.store.EventRows.SHOWN; null for events stored before version 2, whose pages read
-- them from events, mentions and articles as version 1 did.
ALTER TABLE events ADD COLUMN shown TEXT;

-- GDELT's NumSources: the distinct publishers of the event's articles; null before version 2.
ALTER TABLE events ADD COLUMN source_count INTEGER;

-- Those publishers, as a JSON array, so that a later batch adds its own without reading mentions.
ALTER TABLE events ADD COLUMN publishers TEXT;
