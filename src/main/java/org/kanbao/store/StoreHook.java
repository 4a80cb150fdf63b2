package org.kanbao.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.kanbao.model.StoredArticle;

/**
 * Lets the search index and the tagger follow changes to articles inside the same
 * transaction, so that an import and its index entries commit or roll back together.
 */
public interface StoreHook {
    default void articlesAdded(Connection c, List<StoredArticle> added) throws SQLException {
    }

    /** Called before the rows are deleted, while they can still be read. */
    default void articlesRemoving(Connection c, List<Long> ids) throws SQLException {
    }
}
