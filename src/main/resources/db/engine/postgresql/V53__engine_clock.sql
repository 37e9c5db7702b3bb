-- A controlled engine clock's setting (breachflow.engine.clock.controlled=true, e.g. the drill profile): the
-- pinned instant, or the offset from the system clock while time runs. One row; restored before the engine runs.
CREATE TABLE engine_clock
(
    id            INT    NOT NULL,
    pinned_millis BIGINT,
    offset_millis BIGINT NOT NULL,
    PRIMARY KEY (id)
);
