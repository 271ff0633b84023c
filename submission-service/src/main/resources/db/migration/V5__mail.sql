-- The mail outbox: every e-mail to an office's officers, written in the same transaction as what it tells
-- (a deadline reminder's claim, a result's return), then sent by the relay (MailRelay). The unique key makes
-- a second reminder run or a retried transition write nothing new; the relay locks a row while it sends it,
-- so two instances never send the same mail.
create table mail_message (
    id               uuid primary key,
    kind             varchar(24) not null,
    mail_key         varchar(200) not null,
    office_code      varchar(20) not null references area_office (code),
    fiscal_year      int not null,
    subject          text not null,
    body             text not null,
    state            varchar(10) not null,
    attempts         int not null default 0,
    recipients       text,
    last_error       text,
    created_at       timestamptz not null,
    next_attempt_at  timestamptz not null,
    sent_at          timestamptz,
    unique (kind, mail_key)
);
create index mail_message_due on mail_message (next_attempt_at) where state = 'PENDING';
create index mail_message_office on mail_message (office_code, fiscal_year, kind);
