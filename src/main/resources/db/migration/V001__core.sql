-- Editions, pages and articles. Body and bylines are kept as JSON arrays of the fixture schema.
CREATE TABLE edition (
  id        INTEGER PRIMARY KEY,
  paper     TEXT NOT NULL,
  date      TEXT,                -- ISO yyyy-mm-dd, NULL when unknown
  label     TEXT NOT NULL DEFAULT '',
  UNIQUE (paper, date, label)
);

CREATE TABLE page (
  id             INTEGER PRIMARY KEY,
  edition_id     INTEGER NOT NULL REFERENCES edition(id) ON DELETE CASCADE,
  number         INTEGER NOT NULL,
  section        TEXT NOT NULL DEFAULT '',
  source_file    TEXT NOT NULL,
  source_kind    TEXT NOT NULL CHECK (source_kind IN ('text', 'pdf')),
  content_hash   TEXT NOT NULL UNIQUE,   -- sha-256 of the page's source; re-import is a no-op
  pdf_path       TEXT,                   -- kept original, relative to the library folder
  pdf_page_index INTEGER NOT NULL DEFAULT 0,
  image_path     TEXT,                   -- rendered image, relative to the library folder
  width          REAL NOT NULL DEFAULT 0,
  height         REAL NOT NULL DEFAULT 0,
  note           TEXT NOT NULL DEFAULT '',
  unplaced_json  TEXT NOT NULL DEFAULT '[]',
  imported_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX page_edition ON page(edition_id, number);

CREATE TABLE article (
  id           INTEGER PRIMARY KEY,
  page_id      INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  kind         TEXT NOT NULL DEFAULT 'news',
  kicker       TEXT NOT NULL DEFAULT '',
  headline     TEXT NOT NULL DEFAULT '',
  subtitle     TEXT NOT NULL DEFAULT '',
  lead         TEXT NOT NULL DEFAULT '',
  bylines_json TEXT NOT NULL DEFAULT '[]',
  body_json    TEXT NOT NULL DEFAULT '[]',
  jump_dir     TEXT,
  jump_page    INTEGER,
  continues    INTEGER NOT NULL DEFAULT 0,
  zone_x REAL, zone_y REAL, zone_w REAL, zone_h REAL,
  char_count   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX article_page ON article(page_id, seq);

CREATE TABLE tag (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL,
  kind  TEXT NOT NULL,
  UNIQUE (name, kind)
);

-- source: 'auto' (computed, may be recomputed) or 'manual' (the user's; survives re-tagging).
-- A row with removed = 1 remembers that the user took an automatic tag off.
CREATE TABLE article_tag (
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
  source     TEXT NOT NULL DEFAULT 'auto',
  removed    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tag_tag ON article_tag(tag_id, article_id);
