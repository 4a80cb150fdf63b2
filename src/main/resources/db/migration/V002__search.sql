-- Full-text index of articles (org.kanbao.search.SearchIndex). Contentless: it holds no text, only the index of
-- token text made in Java: tw/tc = title words/chars, bw/bc = lead+body words/chars, each token a char or word
-- spelled in hex so the ascii tokenizer keeps it whole. The article row stays the only copy of the text.
CREATE VIRTUAL TABLE search_fts USING fts5(tw, tc, bw, bc, content='', contentless_delete=1, tokenize='ascii');
-- Title over body, words over accidental runs of chars.
INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.5, 1.0)');

-- index_version: the tokenisation the index was built with; another value makes Kanbao rebuild it on open.
CREATE TABLE search_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO search_state(key, value) VALUES ('index_version', '0');
