package org.kanbao.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on the library connection, inside a transaction where the caller asks for one. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
