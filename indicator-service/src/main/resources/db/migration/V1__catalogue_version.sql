-- One row per catalogue version. The content is the canonical JSON (docs/catalogue.schema.json);
-- the columns beside it are what lists and searches filter on.
create table catalogue_version (
    id              uuid primary key,
    fiscal_year     integer      not null,
    level           varchar(32)  not null,
    version         integer      not null,
    status          varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    title           text         not null,
    content         jsonb        not null,
    content_hash    char(64)     not null,
    findings        jsonb        not null,
    indicator_count integer      not null,
    revision        integer      not null,
    copied_from     uuid references catalogue_version (id),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    published_at    timestamptz,
    archived_at     timestamptz,
    constraint catalogue_version_number unique (fiscal_year, level, version)
);

-- At most one draft of a catalogue at a time: the next version is being prepared in one place.
create unique index catalogue_one_draft on catalogue_version (fiscal_year, level) where status = 'DRAFT';
create index catalogue_search on catalogue_version (fiscal_year, level, status);
