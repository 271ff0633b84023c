-- The office's Thai name as student-registry-service registered it (topic registry.area-offices), and the
-- registry's changedAt of that name, so that an older event never overwrites a newer name.
alter table office add column name_th text;
alter table office add column name_changed_at timestamptz;
