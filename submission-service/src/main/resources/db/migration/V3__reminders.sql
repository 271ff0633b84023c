-- Every submission.deadline-approaching reminder sent: one per office, catalogue year and level, round and
-- days before the deadline. The primary key makes a second run (a restart, another instance) send nothing.
create table deadline_reminder (
    office_code   varchar(20) not null references area_office (code),
    fiscal_year   int not null,
    level         varchar(24) not null,
    round         int not null,
    days_before   int not null,
    catalogue_id  uuid not null references catalogue_version (id),
    deadline      date not null,
    pending       int not null,
    event_id      uuid not null,
    sent_at       timestamptz not null,
    primary key (office_code, fiscal_year, level, round, days_before)
);
create index deadline_reminder_round on deadline_reminder (fiscal_year, level, round);
