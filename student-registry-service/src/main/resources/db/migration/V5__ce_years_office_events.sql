-- Every year the API reads or sends is C.E. (issue 17): the rounds and population figures store it so,
-- and the one B.E. left is in the Thai columns of uploaded files, converted as they are read.
update census_round set academic_year = academic_year - 543 where academic_year >= 2400;
update population_figure set year = year - 543 where year >= 2400;
comment on column census_round.academic_year is 'C.E., e.g. 2024 (B.E. 2567)';
comment on column population_figure.year is 'C.E. academic year the figure is used for';

-- registry.area-offices: when the office's name or kind last changed, and whether the event saying so
-- went into the outbox (null: never, so start-up announces it once).
alter table area_office add column changed_at timestamptz not null default now();
alter table area_office add column announced_at timestamptz;
