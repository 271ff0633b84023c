-- Enrolments are written only by the staging merge (file uploads and MIS batches alike), after the
-- set-based checks have proved, under the round's lock, that the school exists and the round is
-- open, and right after the same rows were merged into student. Row-by-row foreign-key triggers
-- repeated those proofs once per row and tripled the merge time of a large file, so the references
-- are kept by that one write path (nothing deletes schools, students or rounds). For the same reason
-- an enrolment has no surrogate key: its key is the person and round of the active enrolment
-- (enrolment_one_active), and one index less is written per row.
alter table enrolment drop constraint enrolment_person_id_fkey;
alter table enrolment drop constraint enrolment_school_code_fkey;
alter table enrolment drop constraint enrolment_round_id_fkey;
alter table enrolment drop column id;
