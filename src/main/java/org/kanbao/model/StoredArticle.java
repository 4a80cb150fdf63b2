package org.kanbao.model;

import java.time.LocalDate;

/** An article with the ids and source facts it has once stored in the library. */
public record StoredArticle(long id, long pageId, long editionId, int seq, String paper, LocalDate date,
                            int pageNumber, String section, Article article) {
}
