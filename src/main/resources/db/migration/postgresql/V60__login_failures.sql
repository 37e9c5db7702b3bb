-- Failed logins and the locks they started, shared by every node on this database (issue 19): an attacker who
-- spreads guesses over three nodes behind a load balancer gets the same limit as on one, and a restart no longer
-- forgets a lock. subject is the lower-cased user name (scope ACCOUNT) or the client address (scope ADDRESS).
CREATE TABLE login_failure
(
    scope     VARCHAR(10)              NOT NULL,
    subject   VARCHAR(320)             NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failure_subject ON login_failure (scope, subject, failed_at);
CREATE INDEX login_failure_age ON login_failure (failed_at);

CREATE TABLE login_lock
(
    scope        VARCHAR(10)              NOT NULL,
    subject      VARCHAR(320)             NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, subject)
);
