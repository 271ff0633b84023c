-- The registry: area offices, schools, the people of the 32 key data items, census rounds and
-- enrolments, certification, and the plumbing of ingestion and MIS upserts.

create table area_office (
    code        varchar(8) primary key,
    name_th     text not null,
    kind        varchar(9) not null check (kind in ('PRIMARY', 'SECONDARY'))
);

create table school (
    code                 char(10) primary key check (code ~ '^[0-9]{10}$'),
    name_th              text not null,
    name_en              text,
    office_code          varchar(8) not null references area_office (code),
    internet             boolean,
    network_centre       boolean,
    electricity          boolean,
    telephone            boolean,
    piped_water          boolean,
    dream_school_cohort  smallint check (dream_school_cohort between 0 and 2),
    updated_at           timestamptz not null default now()
);
create index school_office on school (office_code);

-- Code lists (ethnicity, nationality, religion, disability, travel mode): data, not code, so the
-- ministry adds a code through the API without a release.
create table reference_code (
    list     varchar(20) not null,
    code     varchar(10) not null,
    name_th  text not null,
    name_en  text,
    active   boolean not null default true,
    primary key (list, code)
);

create table student (
    person_id         varchar(13) primary key,
    id_kind           varchar(10) not null check (id_kind in ('CITIZEN_ID', 'G_CODE')),
    prefix            text,
    first_name        text not null,
    last_name         text not null,
    birth_date        date not null,
    weight_kg         numeric(5, 2),
    height_cm         numeric(5, 2),
    house_code        char(11),
    ethnicity         varchar(10),
    nationality       varchar(10),
    religion          varchar(10),
    disability        varchar(10),
    travel_mode       varchar(10),
    distance_km       numeric(6, 2),
    subdistrict_code  char(6),
    father_name       text,
    mother_name       text,
    father_id         varchar(13),
    mother_id         varchar(13),
    updated_at        timestamptz not null default now()
);

create table teacher (
    person_id              varchar(13) primary key,
    id_kind                varchar(10) not null check (id_kind in ('CITIZEN_ID', 'G_CODE')),
    school_code            char(10) not null references school (code),
    prefix                 text,
    first_name             text not null,
    last_name              text not null,
    birth_date             date not null,
    major_subject          text,
    highest_qualification  text,
    first_teaching_date    date,
    first_appointed_date   date,
    position               text,
    address                text,
    personnel_type         text,
    updated_at             timestamptz not null default now()
);
create index teacher_school on teacher (school_code);

create table census_round (
    id                      bigserial primary key,
    academic_year           int not null,          -- B.E., e.g. 2567
    round_no                smallint not null check (round_no in (1, 2)),
    census_date             date not null,
    certification_deadline  date not null,
    status                  varchar(6) not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    opened_at               timestamptz not null default now(),
    closed_at               timestamptz,
    unique (academic_year, round_no)
);

create table enrolment (
    id              bigserial primary key,
    person_id       varchar(13) not null references student (person_id),
    school_code     char(10) not null references school (code),
    round_id        bigint not null references census_round (id),
    class_level     varchar(4) not null,
    student_number  varchar(20),
    active          boolean not null default true,
    updated_at      timestamptz not null default now()
);
-- One active enrolment per person per census round.
create unique index enrolment_one_active on enrolment (person_id, round_id) where active;
create index enrolment_school_round on enrolment (school_code, round_id) where active;

-- Ministry of Interior population by age and area office, for enrolment ratios.
create table population_figure (
    office_code  varchar(8) not null references area_office (code),
    year         int not null,      -- B.E. academic year the figure is used for
    age          smallint not null check (age between 0 and 30),
    persons      int not null check (persons >= 0),
    primary key (office_code, year, age)
);

create table certification (
    school_code      char(10) not null references school (code),
    round_id         bigint not null references census_round (id),
    state            varchar(12) not null check (state in ('CERTIFIED', 'ACKNOWLEDGED', 'REOPENED')),
    certified_by     text,
    certified_at     timestamptz,
    acknowledged_by  text,
    acknowledged_at  timestamptz,
    primary key (school_code, round_id)
);

create table certification_audit (
    id           bigserial primary key,
    school_code  char(10) not null,
    round_id     bigint not null,
    action       varchar(12) not null,
    actor        text not null,
    reason       text,
    request_id   text,
    at           timestamptz not null default now()
);

create table ingestion_job (
    id            uuid primary key,
    round_id      bigint not null references census_round (id),
    file_name     text not null,
    format        varchar(5) not null,
    encoding      text,
    mode          varchar(14) not null check (mode in ('ACCEPT_VALID', 'ALL_OR_NOTHING')),
    dry_run       boolean not null,
    mapping       text,
    status        varchar(11) not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED', 'INTERRUPTED')),
    rows_read     bigint not null default 0,
    accepted      bigint not null default 0,
    rejected      bigint not null default 0,
    students_inserted    bigint not null default 0,
    students_updated     bigint not null default 0,
    enrolments_inserted  bigint not null default 0,
    enrolments_updated   bigint not null default 0,
    error_code    text,
    error_column  text,
    error_row     bigint,
    error_en      text,
    error_th      text,
    created_by    text not null,
    schools       text,            -- the schools the caller may write, when restricted
    created_at    timestamptz not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz
);

create table ingestion_rejection (
    job_id     uuid not null references ingestion_job (id) on delete cascade,
    row_no     bigint not null,
    column_name text,
    code       text not null,
    reason_en  text not null,
    reason_th  text not null,
    value      text
);
create index ingestion_rejection_job on ingestion_rejection (job_id, row_no);

-- Every read of unmasked personal data: who, whose, when, through which request.
create table pii_access_log (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor       text not null,
    person_id   varchar(13),
    scope       text not null,
    request_id  text
);
