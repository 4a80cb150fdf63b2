package org.kanbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kanbao.Kanbao;

class TermsBuildTest {
    /**
     * Tokenising threads hand their chunks' terms in as they finish; FTS5 takes rowids in ascending order, so a
     * chunk must wait for every earlier one, and a chunk that failed must still pass its turn on.
     */
    @Test
    void aChunkWaitsForEarlierChunksAndAFailedChunkPassesItsTurnOn() throws Exception {
        try (Kanbao k = TestLibrary.open()) {
            List<Long> rowids = k.library().write(c -> {
                try (TermsBuild terms = new TermsBuild(c, TermsBuild.scratchFile(c))) {
                    List<Throwable> failed = new ArrayList<>();
                    Thread later = new Thread(() -> {
                        try {
                            terms.insert(2, List.of(SearchIndex.row(3, "水", "水")));
                        } catch (SQLException e) {
                            failed.add(e);
                        }
                    });
                    later.start();
                    join(later, 300);
                    assertTrue(later.isAlive(), "chunk 2 went in before chunks 0 and 1");
                    terms.insert(0, List.of(SearchIndex.row(1, "镇", "镇")));
                    join(later, 300);
                    assertTrue(later.isAlive(), "chunk 2 went in before chunk 1");
                    terms.insert(1, null); // chunk 1 failed to tokenise
                    join(later, 5_000);
                    assertFalse(later.isAlive());
                    assertEquals(List.of(), failed);
                    terms.finish();
                    terms.copyInto(c);
                }
                List<Long> ids = new ArrayList<>();
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM search_terms_docsize ORDER BY id")) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
                return ids;
            });
            assertEquals(List.of(1L, 3L), rowids);
        }
    }

    private static void join(Thread t, long ms) {
        try {
            t.join(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
