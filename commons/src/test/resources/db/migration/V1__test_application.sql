-- A counter the test consumer increments once per applied event.
CREATE TABLE test_application (
    name   VARCHAR(100) PRIMARY KEY,
    times  INTEGER NOT NULL
);
