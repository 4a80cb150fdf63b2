package org.kanbao.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the library lives: --library, else KANBAO_LIBRARY, else the OS's user-data folder. */
public final class LibraryPaths {
    public static final String ENV = "KANBAO_LIBRARY";
    public static final String FILE_NAME = "library.kanbao";

    private LibraryPaths() {
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Path option, Map<String, String> env, String os, String home) {
        if (option != null) return option.toAbsolutePath();
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv).toAbsolutePath();
        return dataDir(env, os, home).resolve(FILE_NAME);
    }

    /** The conventional per-user data folder for Kanbao on this OS. */
    static Path dataDir(Map<String, String> env, String os, String home) {
        String o = os.toLowerCase(Locale.ROOT);
        if (o.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Kanbao");
        }
        if (o.contains("mac")) return Path.of(home, "Library", "Application Support", "Kanbao");
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("kanbao");
    }
}
