package org.kanbao.export;

import java.util.List;
import org.kanbao.model.StoredArticle;
import org.kanbao.store.Library;

/** Lets tests in other packages fill a library with the fixtures. */
public final class ExportTestAccess {
    private ExportTestAccess() {
    }

    public static List<StoredArticle> fill(Library lib) throws Exception {
        return ExportFixtures.fill(lib, 1);
    }
}
