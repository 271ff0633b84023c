-- A census round is a snapshot: a person's items (names, birth date, the 32 key items) are kept as
-- enrolled in each round. One shared row per person let a write in one round (and by one office)
-- rewrite what another office's roster of an earlier round said. Within a round only the school of
-- the person's one active enrolment writes them (second-active-enrolment), so no office changes what
-- another office holds. Existing rows are copied to every round the person is enrolled in.
alter table student drop constraint student_pkey;
alter table student add column round_id bigint;
insert into student (round_id, person_id, id_kind, prefix, first_name, last_name, birth_date, weight_kg, height_cm,
    house_code, ethnicity, nationality, religion, disability, travel_mode, distance_km, subdistrict_code, father_name,
    mother_name, father_id, mother_id, updated_at)
select e.round_id, s.person_id, s.id_kind, s.prefix, s.first_name, s.last_name, s.birth_date, s.weight_kg, s.height_cm,
    s.house_code, s.ethnicity, s.nationality, s.religion, s.disability, s.travel_mode, s.distance_km, s.subdistrict_code,
    s.father_name, s.mother_name, s.father_id, s.mother_id, s.updated_at
from student s join (select distinct person_id, round_id from enrolment) e on e.person_id = s.person_id
where s.round_id is null;
delete from student where round_id is null;
alter table student alter column round_id set not null;
alter table student add primary key (round_id, person_id);
