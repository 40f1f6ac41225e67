-- dateline store, schema version 1. Applied by store/migrations.py, which sets PRAGMA user_version.
-- Every extracted item keeps its evidence as [start_char, end_char) offsets into articles.text.
-- Child rows name their article by its id; deleting an article deletes its rows (ON DELETE CASCADE).
-- `extra` columns hold record fields added to records.py after this schema (JSON), so nothing is lost.

CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,              -- rowid for the full-text index
    id TEXT NOT NULL UNIQUE,             -- article id as read (file stem, jsonl id, csv row)
    content_hash TEXT NOT NULL,          -- sha256 of id, text, date, title, outlet, url: unchanged -> skipped
    date TEXT,                           -- publication date YYYY-MM-DD
    title TEXT,
    outlet TEXT,
    url TEXT,
    text TEXT NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]', -- JSON list of strings
    extra TEXT NOT NULL DEFAULT '{}',    -- record fields added after this schema (JSON), kept losslessly
    extractor TEXT,                      -- dateline version that produced the rows
    ingested_at TEXT NOT NULL            -- UTC timestamp
);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE times (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,           -- order in the record
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,                  -- DATE | TIME | DURATION | SET
    value TEXT NOT NULL,                 -- TIMEX3 value
    mod TEXT,
    anchor TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (article, id)
);

CREATE TABLE actors (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    country TEXT,                        -- ISO 3166 alpha-3
    sector TEXT,
    role TEXT,
    kb_id TEXT,
    kind TEXT,                           -- PERSON | ORG | GPE | NORP | GROUP | MEDIA
    evidence TEXT NOT NULL DEFAULT '[]', -- JSON list: why country/sector were chosen
    extra TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (article, id)
);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
CREATE INDEX actors_kb ON actors(kb_id);

CREATE TABLE actor_mentions (
    article TEXT NOT NULL,
    actor TEXT NOT NULL,
    position INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    metonymy INTEGER NOT NULL DEFAULT 0, -- 1: the mention stands for another entity
    FOREIGN KEY (article, actor) REFERENCES actors(article, id) ON DELETE CASCADE
);
CREATE INDEX actor_mentions_actor ON actor_mentions(article, actor);

CREATE TABLE places (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT,
    geonameid INTEGER,
    country TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    feature TEXT,
    role TEXT NOT NULL DEFAULT 'mention', -- mention | event | metonym
    extra TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (article, id)
);
CREATE INDEX places_country ON places(country);

CREATE TABLE quotes (
    pk INTEGER PRIMARY KEY,              -- rowid for the full-text index
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    content TEXT NOT NULL,               -- the content spans' text joined by ' … '
    start_char INTEGER,                  -- first content offset
    end_char INTEGER,                    -- last content offset
    content_spans TEXT NOT NULL,         -- JSON [[start, end], ...]
    cue_spans TEXT NOT NULL DEFAULT '[]',
    speaker_spans TEXT NOT NULL DEFAULT '[]',
    cue TEXT,                            -- cue spans' text
    speaker TEXT,                        -- speaker spans' text as written
    speaker_name TEXT,                   -- resolved name
    speaker_actor TEXT,                  -- actors.id in the same article
    kind TEXT NOT NULL DEFAULT 'direct', -- direct | indirect | mixed
    medium_text TEXT,
    medium_start INTEGER,
    medium_end INTEGER,
    medium_type TEXT,
    time TEXT,                           -- times.id in the same article
    extra TEXT NOT NULL DEFAULT '{}',
    UNIQUE (article, id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_name COLLATE NOCASE);

CREATE TABLE events (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,                  -- PLOVER event type
    mode TEXT,
    contexts TEXT NOT NULL DEFAULT '[]', -- JSON list of PLOVER contexts
    date TEXT,                           -- TIMEX3 value (YYYY-MM-DD, YYYY-MM, ...)
    date_from TEXT NOT NULL DEFAULT 'publication',
    place TEXT,                          -- places.id in the same article
    negated INTEGER NOT NULL DEFAULT 0,
    hypothetical INTEGER NOT NULL DEFAULT 0,
    future INTEGER NOT NULL DEFAULT 0,
    historical INTEGER NOT NULL DEFAULT 0,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text TEXT,
    evidence_start INTEGER,              -- the evidence sentence
    evidence_end INTEGER,
    evidence_text TEXT,
    confidence REAL NOT NULL DEFAULT 0,
    quote TEXT,                          -- quotes.id the event was stated in
    source_spans TEXT NOT NULL DEFAULT '[]', -- JSON [[start, end], ...]: the source argument(s) in the text
    target_spans TEXT NOT NULL DEFAULT '[]',
    extra TEXT NOT NULL DEFAULT '{}',
    cluster_id TEXT,                     -- cross-article event cluster (filled by linking; NULL until then)
    PRIMARY KEY (article, id)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_cluster ON events(cluster_id);

CREATE TABLE event_actors (
    article TEXT NOT NULL,
    event TEXT NOT NULL,
    actor TEXT NOT NULL,                 -- actors.id in the same article
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    position INTEGER NOT NULL,
    FOREIGN KEY (article, event) REFERENCES events(article, id) ON DELETE CASCADE
);
CREATE INDEX event_actors_event ON event_actors(article, event);
CREATE INDEX event_actors_actor ON event_actors(article, actor);

-- Full-text search over article text and quote content, kept current by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='pk');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(content, speaker_name, content='quotes', content_rowid='pk');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, content, speaker_name) VALUES (new.pk, new.content, new.speaker_name);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_name)
    VALUES ('delete', old.pk, old.content, old.speaker_name);
END;
CREATE TRIGGER quotes_au AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_name)
    VALUES ('delete', old.pk, old.content, old.speaker_name);
    INSERT INTO quotes_fts(rowid, content, speaker_name) VALUES (new.pk, new.content, new.speaker_name);
END;
