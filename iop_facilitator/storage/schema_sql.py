"""The SQL text of each migration in storage/migrations.py, in migration order.

A migration's text defines the schema of every database it has run on: never edit one here once
released (tests/unit/test_migration_fixtures.py compares against the committed fixture databases);
add a new string for a new migration.
"""

from __future__ import annotations

SCHEMA_0001 = r"""
CREATE TABLE facilitator (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    credentials TEXT NOT NULL DEFAULT '',
    pin_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

-- Program settings: typed and defaulted in services/settings.py; stored as JSON values.
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE note_format (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sections TEXT NOT NULL,            -- JSON: [{"key", "title", "hint"}]
    builtin INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE therapy_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    track TEXT NOT NULL,
    weekdays TEXT NOT NULL DEFAULT '',  -- ISO weekday numbers, "1,3,5" = Mon, Wed, Fri
    start_time TEXT NOT NULL DEFAULT '09:00',
    minutes INTEGER NOT NULL DEFAULT 180 CHECK (minutes > 0 AND minutes <= 720),
    room TEXT NOT NULL DEFAULT '',
    note_format TEXT NOT NULL DEFAULT 'DAP' REFERENCES note_format(key),
    billing_code TEXT NOT NULL DEFAULT '',
    size_cap INTEGER NOT NULL DEFAULT 12 CHECK (size_cap > 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    preferred_name TEXT NOT NULL CHECK (length(trim(preferred_name)) > 0),
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    chart_id TEXT NOT NULL UNIQUE COLLATE NOCASE,
    date_of_birth TEXT,
    track TEXT NOT NULL,
    phase TEXT NOT NULL,
    admitted_on TEXT NOT NULL,
    expected_discharge TEXT,
    discharged_on TEXT,
    discharge_reason TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    facilitator_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (discharged_on IS NULL OR discharged_on >= admitted_on)
);
CREATE INDEX member_status ON member(status, preferred_name);

CREATE TABLE enrollment (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id),
    group_id INTEGER NOT NULL REFERENCES therapy_group(id),
    start_on TEXT NOT NULL,
    end_on TEXT,                       -- last day enrolled; NULL while open
    CHECK (end_on IS NULL OR end_on >= start_on)
);
CREATE INDEX enrollment_group ON enrollment(group_id, start_on, end_on);
CREATE INDEX enrollment_member ON enrollment(member_id, start_on);

-- One row per version of a topic: a session points at the exact version it used.
CREATE TABLE topic (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    series TEXT NOT NULL,
    title TEXT NOT NULL,
    group_model TEXT NOT NULL DEFAULT '',
    phases TEXT NOT NULL DEFAULT '[]',      -- JSON list
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    body TEXT NOT NULL,                     -- JSON: objectives, segments, prompts, handout...
    origin TEXT NOT NULL DEFAULT 'builtin',
    retired INTEGER NOT NULL DEFAULT 0,
    is_current INTEGER NOT NULL DEFAULT 1,  -- the newest version of this key
    content_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (key, version)
);
CREATE INDEX topic_current ON topic(is_current, series, title);

CREATE TABLE session (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES therapy_group(id),
    date TEXT NOT NULL,
    planned_start TEXT NOT NULL,        -- local ISO datetime
    planned_end TEXT NOT NULL,
    actual_start TEXT,
    actual_end TEXT,
    topic_id INTEGER REFERENCES topic(id),
    facilitator_id INTEGER REFERENCES facilitator(id),
    co_facilitator_id INTEGER REFERENCES facilitator(id),
    modality TEXT NOT NULL DEFAULT 'in_person',
    room TEXT NOT NULL DEFAULT '',
    note_format TEXT NOT NULL DEFAULT 'DAP' REFERENCES note_format(key),
    status TEXT NOT NULL DEFAULT 'planned',
    agenda_state TEXT NOT NULL DEFAULT '{}',  -- JSON: current segment, pauses
    group_quick_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX session_group_date ON session(group_id, date);
CREATE INDEX session_date ON session(date, status);

CREATE TABLE attendance (
    session_id INTEGER NOT NULL REFERENCES session(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    status TEXT,                         -- NULL until marked
    arrived_at TEXT,
    left_at TEXT,
    minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    drop_in INTEGER NOT NULL DEFAULT 0,
    quick_note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, member_id)
);
CREATE INDEX attendance_member ON attendance(member_id, session_id);

CREATE TABLE check_in (
    session_id INTEGER NOT NULL REFERENCES session(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    craving INTEGER CHECK (craving IS NULL OR craving BETWEEN 0 AND 10),
    use_since_last TEXT,
    drug_screen TEXT,
    screen_substances TEXT NOT NULL DEFAULT '',
    mood TEXT NOT NULL DEFAULT '',
    safety_flag INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, member_id)
);
CREATE INDEX check_in_member ON check_in(member_id, session_id);

-- 42 CFR Part 2 counseling notes: kept apart from the chart, never exported by default.
CREATE TABLE private_jotting (
    session_id INTEGER NOT NULL REFERENCES session(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, member_id)
);

CREATE TABLE group_note (
    session_id INTEGER PRIMARY KEY REFERENCES session(id),
    interventions TEXT NOT NULL DEFAULT '[]',
    sections TEXT NOT NULL DEFAULT '{}',
    group_process TEXT NOT NULL DEFAULT '',
    participants INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'draft',
    signed_by INTEGER REFERENCES facilitator(id),
    signed_at TEXT,
    content_hash TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE member_note (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    format TEXT NOT NULL REFERENCES note_format(key),
    sections TEXT NOT NULL DEFAULT '{}',     -- JSON: section key -> text
    participation_level TEXT,
    participation_quality TEXT,
    affect TEXT,
    risk TEXT,
    risk_follow_up TEXT NOT NULL DEFAULT '',
    stage_of_change TEXT,
    importance INTEGER CHECK (importance IS NULL OR importance BETWEEN 0 AND 10),
    confidence INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 10),
    goal TEXT NOT NULL DEFAULT '',
    plan TEXT NOT NULL DEFAULT '',
    dismissed_flags TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'draft',
    signed_by INTEGER REFERENCES facilitator(id),
    signed_at TEXT,
    content_hash TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (session_id, member_id),
    CHECK (status <> 'signed' OR (signed_by IS NOT NULL AND signed_at IS NOT NULL
                                   AND content_hash IS NOT NULL))
);
CREATE INDEX member_note_member ON member_note(member_id, session_id);
CREATE INDEX member_note_status ON member_note(status, session_id);

CREATE TABLE cosignature (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES member_note(id),
    facilitator_id INTEGER NOT NULL REFERENCES facilitator(id),
    signed_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    UNIQUE (note_id, facilitator_id)
);

CREATE TABLE addendum (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES member_note(id),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    author_id INTEGER NOT NULL REFERENCES facilitator(id),
    at TEXT NOT NULL
);
CREATE INDEX addendum_note ON addendum(note_id);

CREATE TABLE audit_event (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id INTEGER REFERENCES facilitator(id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''      -- ids and counts only, never note text
);
CREATE INDEX audit_event_at ON audit_event(at);
CREATE INDEX audit_event_action ON audit_event(action, at);

-- The record's rules, enforced whatever code runs -------------------------------------------
CREATE TRIGGER member_note_signed_no_update BEFORE UPDATE ON member_note
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed note cannot be changed: add a dated addendum instead');
END;

CREATE TRIGGER member_note_signed_no_delete BEFORE DELETE ON member_note
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed note cannot be deleted');
END;

CREATE TRIGGER member_note_signed_no_insert BEFORE INSERT ON member_note
WHEN NEW.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a note must be written before it is signed');
END;

CREATE TRIGGER group_note_signed_no_update BEFORE UPDATE ON group_note
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed group note cannot be changed');
END;

CREATE TRIGGER group_note_signed_no_delete BEFORE DELETE ON group_note
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed group note cannot be deleted');
END;

CREATE TRIGGER cosignature_no_update BEFORE UPDATE ON cosignature
BEGIN
    SELECT RAISE(ABORT, 'a signature cannot be changed');
END;

CREATE TRIGGER cosignature_no_delete BEFORE DELETE ON cosignature
BEGIN
    SELECT RAISE(ABORT, 'a signature cannot be removed');
END;

CREATE TRIGGER cosignature_needs_signed_note BEFORE INSERT ON cosignature
WHEN (SELECT status FROM member_note WHERE id = NEW.note_id) IS NOT 'signed'
BEGIN
    SELECT RAISE(ABORT, 'only a signed note can be co-signed');
END;

CREATE TRIGGER addendum_no_update BEFORE UPDATE ON addendum
BEGIN
    SELECT RAISE(ABORT, 'an addendum cannot be changed: add another addendum');
END;

CREATE TRIGGER addendum_no_delete BEFORE DELETE ON addendum
BEGIN
    SELECT RAISE(ABORT, 'an addendum cannot be deleted');
END;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be deleted');
END;

-- Built-in note formats (clinics add their own rows).
INSERT INTO note_format (key, name, sections, builtin) VALUES
('DAP', 'DAP (Data, Assessment, Plan)',
    '[{"key": "data", "title": "Data", '
    || '"hint": "What the member said and did in group, and the interventions used."}, '
    || '{"key": "assessment", "title": "Assessment", '
    || '"hint": "Your interpretation: engagement, progress toward goals, risk."}, '
    || '{"key": "plan", "title": "Plan", '
    || '"hint": "Next steps, homework, next session, referrals."}]', 1),
('BIRP', 'BIRP (Behavior, Intervention, Response, Plan)',
    '[{"key": "behavior", "title": "Behavior", '
    || '"hint": "Observed behavior and what the member reported."}, '
    || '{"key": "intervention", "title": "Intervention", '
    || '"hint": "What you did: techniques, topic, skills taught."}, '
    || '{"key": "response", "title": "Response", '
    || '"hint": "How the member responded to the interventions."}, '
    || '{"key": "plan", "title": "Plan", '
    || '"hint": "Next steps, homework, next session, referrals."}]', 1),
('GIRP', 'GIRP (Goal, Intervention, Response, Plan)',
    '[{"key": "goal", "title": "Goal", '
    || '"hint": "The treatment-plan goal this session addressed."}, '
    || '{"key": "intervention", "title": "Intervention", '
    || '"hint": "What you did: techniques, topic, skills taught."}, '
    || '{"key": "response", "title": "Response", '
    || '"hint": "How the member responded, progress toward the goal."}, '
    || '{"key": "plan", "title": "Plan", '
    || '"hint": "Next steps, homework, next session, referrals."}]', 1),
('SOAP', 'SOAP (Subjective, Objective, Assessment, Plan)',
    '[{"key": "subjective", "title": "Subjective", '
    || '"hint": "What the member reported, in their words where useful."}, '
    || '{"key": "objective", "title": "Objective", '
    || '"hint": "What you observed: attendance, affect, participation, screens."}, '
    || '{"key": "assessment", "title": "Assessment", '
    || '"hint": "Your interpretation: progress, risk, stage of change."}, '
    || '{"key": "plan", "title": "Plan", '
    || '"hint": "Next steps, homework, next session, referrals."}]', 1);
"""


# Same leading columns as the indexes they replace, so every query that used those still can.
SCHEMA_0002_BENCH = r"""
DROP INDEX IF EXISTS attendance_member;
CREATE INDEX attendance_member_history ON attendance(member_id, session_id, status, minutes);
DROP INDEX IF EXISTS member_note_member;
CREATE INDEX member_note_member_history ON member_note(member_id, session_id, status, signed_at);
"""


SCHEMA_0003 = r"""
CREATE VIRTUAL TABLE note_search USING fts5(
    text, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER note_search_insert AFTER INSERT ON member_note
BEGIN
    INSERT INTO note_search (rowid, text) VALUES (
        NEW.id,
        coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.sections)), '')
            || ' ' || NEW.plan || ' ' || NEW.goal
    );
END;

CREATE TRIGGER note_search_update AFTER UPDATE OF sections, plan, goal ON member_note
BEGIN
    DELETE FROM note_search WHERE rowid = OLD.id;
    INSERT INTO note_search (rowid, text) VALUES (
        NEW.id,
        coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.sections)), '')
            || ' ' || NEW.plan || ' ' || NEW.goal
    );
END;

CREATE TRIGGER note_search_delete AFTER DELETE ON member_note
BEGIN
    DELETE FROM note_search WHERE rowid = OLD.id;
END;

INSERT INTO note_search (rowid, text)
SELECT id, coalesce((SELECT group_concat(value, ' ') FROM json_each(sections)), '')
           || ' ' || plan || ' ' || goal
FROM member_note;
"""


# Used by 0004_reports_indexes.
SCHEMA_0002_REPORTS = r"""
CREATE INDEX IF NOT EXISTS session_status ON session(status, date);
"""


SCHEMA_0005 = r"""
CREATE TABLE admission (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id),
    admitted_on TEXT NOT NULL,
    discharged_on TEXT,
    discharge_reason TEXT,
    CHECK (discharged_on IS NULL OR discharged_on >= admitted_on)
);
CREATE INDEX admission_member ON admission(member_id, admitted_on);
CREATE INDEX admission_admitted ON admission(admitted_on);
CREATE INDEX admission_discharged ON admission(discharged_on);

INSERT INTO admission (member_id, admitted_on, discharged_on, discharge_reason)
SELECT id, admitted_on, discharged_on, discharge_reason FROM member ORDER BY id;

-- A new member starts their first episode.
CREATE TRIGGER member_admission_insert AFTER INSERT ON member
BEGIN
    INSERT INTO admission (member_id, admitted_on, discharged_on, discharge_reason)
    VALUES (NEW.id, NEW.admitted_on, NEW.discharged_on, NEW.discharge_reason);
END;

-- Edits and discharges change the current (newest) episode only; a re-admission inserts its
-- new episode row first, so earlier episodes are never rewritten.
CREATE TRIGGER member_admission_update
AFTER UPDATE OF admitted_on, discharged_on, discharge_reason ON member
BEGIN
    UPDATE admission
    SET admitted_on = NEW.admitted_on, discharged_on = NEW.discharged_on,
        discharge_reason = NEW.discharge_reason
    WHERE id = (SELECT max(id) FROM admission WHERE member_id = NEW.id);
END;
"""


SCHEMA_0006 = r"""
CREATE INDEX member_note_format ON member_note(format);
CREATE INDEX session_note_format ON session(note_format);
"""


SCHEMA_0007 = r"""
CREATE INDEX session_member_lookup ON session(id, date, group_id, status, planned_start);
"""
