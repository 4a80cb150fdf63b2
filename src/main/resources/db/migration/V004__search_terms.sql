-- Which chars and dictionary words each article holds, without positions (org.kanbao.search.SearchIndex, index
-- VERSION 3): one token per distinct char of title + lead + body (4 hex digits), per distinct char of the title
-- ('t' + hex) and per distinct dictionary word of 2+ chars ('w' + hex). detail=none keeps only the doclists, about
-- a byte per article and token: a one-char search is one doclist walk here instead of FTS5 merging the doclists of
-- every bigram that starts with the char in search_fts, and the word tokens add rank without positions.
-- Contentless like search_fts; SearchIndex fills it and Kanbao re-indexes on open when index_version changes.
CREATE VIRTUAL TABLE search_terms USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize='ascii');
