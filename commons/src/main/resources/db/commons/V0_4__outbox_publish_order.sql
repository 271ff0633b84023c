-- The relay publishes in the order rows were inserted, not in id order. Ids are taken by each
-- instance of a service in blocks of 50 (V0_3), so with two instances a later event can have the
-- lower id; the position comes from the database at insert time, and a change that follows
-- another one (it read the other's commit) is inserted after it, so one office's events keep
-- their order whichever instance wrote them.
ALTER TABLE outbox_event ADD COLUMN position BIGINT;
UPDATE outbox_event SET position = id;
CREATE SEQUENCE outbox_event_position_seq OWNED BY outbox_event.position;
SELECT setval('outbox_event_position_seq', (SELECT coalesce(max(id), 0) + 1 FROM outbox_event), false);
ALTER TABLE outbox_event ALTER COLUMN position SET DEFAULT nextval('outbox_event_position_seq'),
    ALTER COLUMN position SET NOT NULL;
DROP INDEX outbox_event_pending;
CREATE INDEX outbox_event_pending ON outbox_event (position) WHERE published_at IS NULL;
