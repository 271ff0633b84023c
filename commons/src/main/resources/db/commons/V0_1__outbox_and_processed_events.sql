-- Plumbing tables every edukpi service has in its own database (from edukpi-commons).

-- Events written in the same transaction as the data they describe; the relay publishes them to
-- Kafka in id order and stamps published_at.
CREATE TABLE outbox_event (
    id            BIGSERIAL PRIMARY KEY,
    event_id      UUID         NOT NULL UNIQUE,
    topic         VARCHAR(200) NOT NULL,
    event_key     VARCHAR(200) NOT NULL,
    event_type    VARCHAR(200) NOT NULL,
    payload       JSONB        NOT NULL,
    request_id    VARCHAR(128),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ,
    attempts      INTEGER      NOT NULL DEFAULT 0,
    last_error    TEXT
);
CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Events a consumer has applied, written in the same transaction as their effect, so a
-- redelivered event is recognised and skipped.
CREATE TABLE processed_event (
    consumer      VARCHAR(100) NOT NULL,
    event_id      VARCHAR(200) NOT NULL,
    topic         VARCHAR(200),
    processed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
