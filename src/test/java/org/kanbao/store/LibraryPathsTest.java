package org.kanbao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryPathsTest {
    @Test
    void optionWinsOverEnvironment() {
        assertEquals(Path.of("/x/lib.kanbao"),
                LibraryPaths.resolve(Path.of("/x/lib.kanbao"), Map.of("KANBAO_LIBRARY", "/y/z.kanbao"), "Linux", "/home/u"));
    }

    @Test
    void environmentWinsOverDefault() {
        assertEquals(Path.of("/y/z.kanbao"), LibraryPaths.resolve(null, Map.of("KANBAO_LIBRARY", "/y/z.kanbao"), "Linux", "/home/u"));
    }

    @Test
    void defaultsFollowEachOs() {
        assertEquals(Path.of("/home/u/.local/share/kanbao/library.kanbao"), LibraryPaths.resolve(null, Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/data/kanbao/library.kanbao"),
                LibraryPaths.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/u"));
        assertEquals(Path.of("/Users/u/Library/Application Support/Kanbao/library.kanbao"),
                LibraryPaths.resolve(null, Map.of(), "Mac OS X", "/Users/u"));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming/Kanbao/library.kanbao"),
                LibraryPaths.resolve(null, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"));
    }
}
