-- Responses of POSTs sent with an Idempotency-Key, so a retried request gets the first answer
-- instead of a second draft. Kept per caller: two callers' keys never collide.
create table idempotent_request (
    caller     varchar(200) not null,
    key        varchar(128) not null,
    operation  varchar(200) not null,
    status     integer      not null,
    location   text,
    body       text         not null,
    created_at timestamptz  not null,
    primary key (caller, key)
);
