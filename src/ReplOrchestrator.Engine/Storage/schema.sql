-- The embedded engine's task hub. Run on every open: every statement is idempotent.
-- Schema version: see SchemaVersion.Current (recorded in PRAGMA user_version); the database is
-- marked as ours by PRAGMA application_id. Times are UTC ticks (100 ns units since 0001-01-01).
-- Status values are the OrchestrationStatus numbers of the protocol (Microsoft.DurableTask.Protobuf);
-- event blobs are its HistoryEvent messages and Inbox.EventType its HistoryEvent case numbers.

-- One row per instance: its status and what a client reads, plus the orchestration lock.
CREATE TABLE IF NOT EXISTS Instances (
    InstanceId       TEXT    NOT NULL PRIMARY KEY,
    ExecutionId      TEXT    NOT NULL,
    Name             TEXT    NOT NULL,
    Status           INTEGER NOT NULL,
    CreatedAt        INTEGER NOT NULL,
    UpdatedAt        INTEGER NOT NULL,
    CompletedAt      INTEGER NULL,
    Input            TEXT    NULL,
    Output           TEXT    NULL,
    CustomStatus     TEXT    NULL,
    FailureDetails   BLOB    NULL,     -- protobuf TaskFailureDetails
    ParentInstanceId TEXT    NULL,
    LockedBy         TEXT    NULL,     -- the lock token of the episode that holds the instance
    LockExpiresAt    INTEGER NULL      -- after this another worker may take the instance over
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS IX_Instances_Status_CreatedAt ON Instances (Status, CreatedAt);
CREATE INDEX IF NOT EXISTS IX_Instances_CreatedAt ON Instances (CreatedAt);

-- The current execution's history; continue-as-new replaces it.
CREATE TABLE IF NOT EXISTS History (
    InstanceId TEXT    NOT NULL,
    Sequence   INTEGER NOT NULL,
    Event      BLOB    NOT NULL,       -- protobuf HistoryEvent
    PRIMARY KEY (InstanceId, Sequence)
) WITHOUT ROWID;

-- Messages ready for an instance's next episode, first in first out (Id order).
CREATE TABLE IF NOT EXISTS Inbox (
    Id          INTEGER PRIMARY KEY,
    InstanceId  TEXT    NOT NULL,
    ExecutionId TEXT    NULL,          -- the execution a result answers; NULL for any execution
    EventType   INTEGER NOT NULL,      -- the HistoryEvent case, so suspended instances wake only for resume/terminate
    Event       BLOB    NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_Inbox_InstanceId ON Inbox (InstanceId, Id);

-- Durable timers; the scheduler moves each into the Inbox when it falls due.
CREATE TABLE IF NOT EXISTS Timers (
    Id          INTEGER PRIMARY KEY,
    InstanceId  TEXT    NOT NULL,
    ExecutionId TEXT    NOT NULL,
    DueAt       INTEGER NOT NULL,
    Event       BLOB    NOT NULL       -- the TimerFired HistoryEvent
);

CREATE INDEX IF NOT EXISTS IX_Timers_DueAt ON Timers (DueAt);
CREATE INDEX IF NOT EXISTS IX_Timers_InstanceId ON Timers (InstanceId);

-- Activity calls waiting to run or running, with their lock.
CREATE TABLE IF NOT EXISTS ActivityTasks (
    Id              INTEGER PRIMARY KEY,
    InstanceId      TEXT    NOT NULL,
    ExecutionId     TEXT    NOT NULL,
    TaskScheduledId INTEGER NOT NULL,
    Name            TEXT    NOT NULL,
    Input           TEXT    NULL,
    LockedBy        TEXT    NULL,
    LockExpiresAt   INTEGER NULL,      -- lock expiry, or for an abandoned task the time it may run again
    DequeueCount    INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX IF NOT EXISTS IX_ActivityTasks_LockExpiresAt ON ActivityTasks (LockExpiresAt);
CREATE INDEX IF NOT EXISTS IX_ActivityTasks_InstanceId ON ActivityTasks (InstanceId);
