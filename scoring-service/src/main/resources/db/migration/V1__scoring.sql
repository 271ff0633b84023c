-- Scoring's own copy of every published catalogue version (the canonical JSON as received).
create table catalogue_version (
    catalogue_id   uuid primary key,
    fiscal_year    integer      not null,
    level          text         not null,
    version        integer      not null,
    content_hash   text         not null,
    published_at   timestamptz  not null,
    received_at    timestamptz  not null default now(),
    catalogue      jsonb        not null,
    unique (fiscal_year, level, version)
);

-- Offices as the submission events describe them (kind: PRIMARY = สพป., SECONDARY = สพม.).
create table office (
    office_code  text primary key,
    office_kind  text not null,
    updated_at   timestamptz not null default now()
);

-- The accepted result currently in force per office, indicator and round.
create table accepted_result (
    office_code        text        not null,
    fiscal_year        integer     not null,
    level              text        not null,
    round              integer     not null,
    indicator_code     text        not null,
    result_id          text        not null,
    result_version     integer     not null,
    catalogue_id       uuid,
    value              numeric,
    steps_completed    integer[],
    reviewer_score     numeric,
    reviewer_reason    text,
    accepted_at        timestamptz not null,
    primary key (office_code, fiscal_year, level, round, indicator_code)
);

-- A closed round: its scores are the official snapshot; later changes are flagged revisions.
create table round_closure (
    fiscal_year  integer     not null,
    level        text        not null,
    round        integer     not null,
    closed_at    timestamptz not null,
    closed_by    text        not null,
    primary key (fiscal_year, level, round)
);

-- Every version of an office's scores for a round; a new row only when a value changed.
-- Ids come in blocks of 50 so that a round's versions are inserted in JDBC batches.
create sequence score_version_seq increment by 50;
create table score_version (
    id                 bigint primary key,
    office_code        text         not null,
    office_kind        text         not null,
    fiscal_year        integer      not null,
    level              text         not null,
    round              integer      not null,
    version            integer      not null,
    catalogue_id       uuid         not null,
    catalogue_version  integer      not null,
    total              numeric,
    percent            numeric(5, 2),
    band_code          text,
    official           boolean      not null,
    revision           boolean      not null,
    cause              text         not null,
    fingerprint        text         not null,
    node_scores        jsonb        not null,
    evaluation         jsonb        not null,
    created_at         timestamptz  not null default now(),
    unique (office_code, fiscal_year, level, round, version)
);
create index score_version_round on score_version (fiscal_year, level, round, office_code, version desc);

create table recalculation_job (
    id                 uuid primary key,
    idempotency_key    text unique,
    requested_by       text         not null,
    fiscal_year        integer      not null,
    level              text         not null,
    round              integer      not null,
    catalogue_id       uuid,
    office_codes       text[],
    dry_run            boolean      not null,
    status             text         not null,
    offices_total      integer      not null default 0,
    offices_done       integer      not null default 0,
    summary            jsonb,
    changes_csv        text,
    error              text,
    created_at         timestamptz  not null default now(),
    finished_at        timestamptz
);
