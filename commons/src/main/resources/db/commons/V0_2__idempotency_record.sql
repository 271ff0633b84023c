-- The first answer to a request carrying an Idempotency-Key, stored in the transaction of the
-- change it made, so a retry is answered from here and changes nothing.
CREATE TABLE idempotency_record (
    caller        VARCHAR(200) NOT NULL,
    key           VARCHAR(128) NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    status        INTEGER      NOT NULL,
    content_type  VARCHAR(200),
    location      TEXT,
    body          TEXT,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
