-- Full-text index of articles (org.kanbao.search.SearchIndex). Contentless: it holds no text, only the index of
-- token text made in Java. body = lead + body blocks, title = kicker + headline + subtitle; each column holds one
-- token per char, a gap, then one token per dictionary word, every token spelled in hex so that the ascii tokenizer
-- keeps it whole. The article row stays the only copy of the text. body comes first: FTS5 stores column 0 cheapest.
CREATE VIRTUAL TABLE search_fts USING fts5(body, title, content='', contentless_delete=1, tokenize='ascii');
-- Title hits weigh four times body hits.
INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(1.0, 4.0)');

-- index_version: the tokenisation the index was built with; another value makes Kanbao rebuild it on open.
CREATE TABLE search_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO search_state(key, value) VALUES ('index_version', '0');
