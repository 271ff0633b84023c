-- The application takes outbox ids 50 at a time (pooled sequence) so that many events written by
-- one transaction are inserted in JDBC batches.
ALTER SEQUENCE outbox_event_id_seq INCREMENT BY 50;
