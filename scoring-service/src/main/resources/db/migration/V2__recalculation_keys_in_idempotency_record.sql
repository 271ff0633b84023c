-- Idempotency-Key of a recalculation is kept by commons' idempotency_record (per caller, with the
-- request's fingerprint, so a reused key with another body is refused), no longer on the job.
alter table recalculation_job drop column idempotency_key;
