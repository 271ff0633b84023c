-- Evidence files attached to a result. The bytes live in the evidence store under storage_key
-- (their SHA-256: the same bytes are stored once); a result holds the same bytes at most once.
create table evidence (
    id            uuid primary key,
    result_id     uuid not null references result (id),
    file_name     text not null,
    content_type  varchar(100) not null,
    size          bigint not null check (size > 0),
    sha256        char(64) not null,
    storage_key   text not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null,
    unique (result_id, sha256)
);
create index evidence_result on evidence (result_id, uploaded_at);
create index evidence_storage_key on evidence (storage_key);
