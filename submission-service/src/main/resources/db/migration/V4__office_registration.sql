-- When the registry last registered, renamed or re-kinded the office (registry.area-offices changedAt):
-- an event older than the one applied is not applied again.
alter table area_office add column registered_at timestamptz;
