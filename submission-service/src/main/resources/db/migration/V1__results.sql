-- submission-service's own copy of every published catalogue version (from catalogue.published).
create table catalogue_version (
    id            uuid primary key,
    fiscal_year   int not null,
    level         varchar(24) not null,
    version       int not null,
    title         text not null,
    content       jsonb not null,
    published_at  timestamptz not null,
    received_at   timestamptz not null default now(),
    unique (fiscal_year, level, version)
);

-- The offices results belong to: learned from registry.statistics, or registered by obec-admin.
create table area_office (
    code        varchar(20) primary key,
    name_th     text not null,
    kind        varchar(9) not null check (kind in ('PRIMARY', 'SECONDARY')),
    updated_at  timestamptz not null default now()
);

-- The schools of an office (registry owns them; registry.statistics carries the list).
create table office_school (
    code         char(10) primary key,
    office_code  varchar(20) not null references area_office (code),
    name_th      text,
    updated_at   timestamptz not null default now()
);
create index office_school_office on office_school (office_code);

-- One result per office, indicator and round; version grows when obec-admin reopens an accepted
-- result, revision with every change (the ETag).
create table result (
    id                 uuid primary key,
    office_code        varchar(20) not null references area_office (code),
    fiscal_year        int not null,
    level              varchar(24) not null,
    round              int not null,
    indicator_code     varchar(40) not null,
    catalogue_id       uuid not null references catalogue_version (id),
    catalogue_version  int not null,
    state              varchar(10) not null check (state in ('DRAFT', 'SUBMITTED', 'CERTIFIED', 'ACCEPTED', 'RETURNED')),
    version            int not null default 1,
    revision           int not null default 0,
    value              numeric(30, 10),
    steps_completed    int[],
    value_origin       varchar(10) not null check (value_origin in ('KEYED', 'FORM', 'REGISTRY', 'NONE')),
    registry_value     numeric(30, 10),
    narrative          text,
    problems           text,
    suggestions        text,
    data_collector     jsonb,
    supervisor         jsonb,
    certifier          jsonb,
    office_form        jsonb,
    late               boolean not null default false,
    return_reason      text,
    reviewer_score     numeric(7, 5),
    reviewer_reason    text,
    created_by         text not null,
    created_at         timestamptz not null,
    updated_by         text not null,
    updated_at         timestamptz not null,
    submitted_by       text,
    submitted_at       timestamptz,
    certified_by       text,
    certified_at       timestamptz,
    accepted_by        text,
    accepted_at        timestamptz,
    unique (office_code, fiscal_year, level, round, indicator_code)
);
create index result_round on result (fiscal_year, level, round, state);

-- A school's form (2) for a FORM indicator of its office's result.
create table school_form (
    result_id    uuid not null references result (id),
    school_code  char(10) not null,
    data         jsonb not null,
    filled_by    text not null,
    filled_at    timestamptz not null,
    primary key (result_id, school_code)
);

-- Every accepted version of a result, as it was accepted: readable after a reopen.
create table result_snapshot (
    result_id    uuid not null references result (id),
    version      int not null,
    data         jsonb not null,
    accepted_at  timestamptz not null,
    withdrawn_at timestamptz,
    primary key (result_id, version)
);

-- Every transition and every change: who, when, from, to, reason, before and after.
create table result_audit (
    id          bigserial primary key,
    result_id   uuid not null references result (id),
    at          timestamptz not null,
    actor       text not null,
    action      varchar(24) not null,
    from_state  varchar(10),
    to_state    varchar(10),
    reason      text,
    before      jsonb,
    after       jsonb,
    request_id  text
);
create index result_audit_result on result_audit (result_id, id);

-- The registry's latest figures per office and census (registry.statistics), for REGISTRY results.
create table registry_census (
    office_code   varchar(20) not null,
    census_date   date not null,
    generated_at  timestamptz not null,
    payload       jsonb not null,
    primary key (office_code, census_date)
);
