package org.kanbao.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Starts the desktop app. JavaFX wants its modules on the module path; started as {@code java -jar
 * kanbao.jar} they sit on the class path and JavaFX warns ("Unsupported JavaFX configuration"). Then the
 * same JVM is started again as a child with the JavaFX jars on the module path, and its exit code returned.
 */
public final class AppLauncher {
    /** Returned by {@link #launchIfApp} when the arguments are for the command line (a command, --help, ...). */
    public static final int NOT_APP = Integer.MIN_VALUE;

    private AppLauncher() {
    }

    /**
     * Starts the app at once when the arguments hold only its own options ({@code --library PATH},
     * {@code --smoke}, {@code --lang L}, each at most once), without building the picocli command line: its
     * reflection over every command costs about 0.3 s before the window, in both JVMs of a {@code java -jar}
     * start. Anything else (commands, --help, a repeated or odd option) returns {@link #NOT_APP} for the CLI,
     * which then reports errors as before.
     */
    public static int launchIfApp(String[] args) {
        AppArgs a = appArgs(args);
        return a == null ? NOT_APP : launch(org.kanbao.store.LibraryPaths.resolve(a.library()), a.smoke(), a.lang());
    }

    /** The app's own options; {@code library} null for the default one. */
    record AppArgs(Path library, boolean smoke, String lang) {
    }

    /** The app's options when {@code args} hold nothing else, else null (see {@link #launchIfApp}). */
    static AppArgs appArgs(String[] args) {
        String library = null;
        String lang = null;
        boolean smoke = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            String name = a;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (name.equals("--smoke") && value == null && !smoke) {
                smoke = true;
                continue;
            }
            if (!name.equals("--library") && !name.equals("--lang")) return null;
            if (value == null) {
                if (i + 1 >= args.length) return null;
                value = args[++i];
            }
            if (value.isEmpty() || value.startsWith("-")) return null;
            if (name.equals("--library")) {
                if (library != null) return null;
                library = value;
            } else {
                if (lang != null) return null;
                lang = value;
            }
        }
        try {
            return new AppArgs(library == null ? null : Path.of(library), smoke, lang);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    public static int launch(Path library, boolean smoke, String lang) {
        org.kanbao.ui.common.StartupTrace.mark("launcher");
        // The app's JVM gets the launch instant of the first JVM as a property (and so needs no java.management).
        String given = System.getProperty("kanbao.launchStart");
        long start = given != null ? Long.parseLong(given) : launchInstant();
        if (!Boolean.getBoolean("kanbao.inProcess") && ModuleLayer.boot().findModule("javafx.graphics").isEmpty()) {
            List<Path> fx = javafxJars();
            if (!fx.isEmpty()) return relaunch(fx, library, smoke, lang, start);
        }
        return KanbaoApp.run(library, smoke, lang, start);
    }

    /**
     * When this process was started: on Linux from /proc (the kernel's start time of the process against the
     * system's uptime, both in 10 ms ticks), which needs no java.management (loading it costs 40-50 ms before the
     * window, measured); elsewhere {@link #jvmStart()}. The process start is a little earlier than the JVM's (a
     * jpackage launcher reads its configuration and loads the JVM library first), so it is the honest launch instant.
     */
    public static long launchInstant() {
        long now = System.currentTimeMillis();
        String stat = readProc("/proc/self/stat");
        String up = readProc("/proc/uptime");
        if (stat != null && up != null) {
            long age = processAgeMillis(stat, up);
            if (age >= 0 && age < 600_000) return now - age;
        }
        return jvmStart();
    }

    /**
     * Age of a process in ms from its /proc/PID/stat line and /proc/uptime, or -1. Field 22 of stat is the start time
     * in clock ticks after boot (USER_HZ, 100 on Linux); the fields are counted after the ')' closing the command
     * name, which may itself hold spaces and parentheses.
     */
    static long processAgeMillis(String stat, String uptime) {
        try {
            int close = stat.lastIndexOf(')');
            if (close < 0) return -1;
            String[] f = stat.substring(close + 1).trim().split(" ");
            if (f.length < 20) return -1;
            long ticks = Long.parseLong(f[19]); // fields 3.. after the name: field 22 is the 20th
            int sp = uptime.indexOf(' ');
            double upSeconds = Double.parseDouble(sp > 0 ? uptime.substring(0, sp) : uptime.trim());
            return Math.round(upSeconds * 1000) - ticks * 10;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static String readProc(String file) {
        byte[] b = readProcBytes(file);
        return b == null ? null : new String(b, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The whole file, or null; /proc files report size 0, so it is read to its end. */
    private static byte[] readProcBytes(String file) {
        try (var in = new java.io.FileInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * The charset the OS passed the command line in (the JVM decodes its own arguments with it), so options such
     * as {@code -Dkanbao.screenshot.query=医保} or a library path in Chinese reach the child unchanged.
     */
    static java.nio.charset.Charset commandLineCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? java.nio.charset.Charset.defaultCharset() : java.nio.charset.Charset.forName(name);
        } catch (RuntimeException e) {
            return java.nio.charset.Charset.defaultCharset();
        }
    }

    /**
     * The JVM options this JVM was started with, for its child: on Linux the words of /proc/self/cmdline between
     * the java command and {@code -jar}, as typed (not java.management's view of them, which costs 40-50 ms to load
     * and also lists JDK_JAVA_OPTIONS, which the child gets from the environment anyway); else, or when the command
     * line is not {@code java … -jar …}, java.management's input arguments.
     */
    static List<String> jvmOptions() {
        byte[] cmdline = readProcBytes("/proc/self/cmdline");
        if (cmdline != null) {
            List<String> opts = optionsBeforeJar(new String(cmdline, commandLineCharset()));
            if (opts != null) return opts;
        }
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** The NUL-separated words after the first one up to {@code -jar}, or null when there is no -jar. */
    static List<String> optionsBeforeJar(String cmdline) {
        List<String> words = new ArrayList<>();
        int from = 0;
        while (from < cmdline.length()) {
            int nul = cmdline.indexOf('\0', from);
            if (nul < 0) nul = cmdline.length();
            words.add(cmdline.substring(from, nul));
            from = nul + 1;
        }
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals("-jar")) return new ArrayList<>(words.subList(1, i));
        }
        return null;
    }

    /**
     * When this JVM started: now minus its uptime, which HotSpot counts from the beginning of the JVM's creation
     * (a few ms after the process starts). Not RuntimeMXBean.getStartTime(): HotSpot records that when the JVM's
     * creation is done, so it leaves out the creation itself (class-data archive mapping, heap, module graph:
     * 0.1-0.5 s on two cores, measured). ProcessHandle's start instant is no better: on Linux it is whole clock ticks
     * after a boot time in whole seconds, up to a second off.
     */
    public static long jvmStart() {
        var rt = ManagementFactory.getRuntimeMXBean();
        return System.currentTimeMillis() - rt.getUptime();
    }

    /**
     * Starts the app's JVM and waits for it. Everything here runs before that JVM starts and adds to the time to
     * the first window, so it is kept plain: no streams, lambdas or regular expressions (each spins classes at
     * run time, which the first JVM's class-data archive does not hold), no logging set-up.
     */
    private static int relaunch(List<Path> fx, Path library, boolean smoke, String lang, long start) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaCommand());
        boolean tiered = false;
        for (String a : jvmOptions()) {
            if (a.startsWith("-agentlib:jdwp")) continue;
            if (a.startsWith("-XX:TieredStopAtLevel")) tiered = true;
            cmd.add(a);
        }
        cmd.add("-Dkanbao.launchStart=" + start);
        Path archive = cdsArchive(fx);
        Path dumping = null;
        if (archive != null) {
            // Class-data sharing: the first start records the loaded classes, later starts map them (about half the CPU).
            cmd.add("-Xlog:disable");
            // Map the archives where they were dumped: this JDK's default (ArchiveRelocationMode=1, address
            // randomisation) patches every pointer of both archives on each start, 0.1-0.3 s before main.
            // -Dkanbao.cds.relocate=true keeps the JDK's default.
            if (!Boolean.getBoolean("kanbao.cds.relocate")) {
                cmd.add("-XX:+IgnoreUnrecognizedVMOptions");
                cmd.add("-XX:+UnlockDiagnosticVMOptions");
                cmd.add("-XX:ArchiveRelocationMode=0");
            }
            if (Files.isRegularFile(archive)) {
                cmd.add("-XX:SharedArchiveFile=" + archive);
            } else {
                dumping = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
                cmd.add("-XX:ArchiveClassesAtExit=" + dumping);
            }
        }
        cmd.add("-XX:+UseSerialGC");
        // C1 only: on two cores the C2 compiler thread competes with the FX thread during start-up (-15-20% to the
        // first window, measured); an explicit -XX:TieredStopAtLevel among the JVM options wins.
        if (!tiered && Boolean.parseBoolean(System.getProperty("kanbao.c1", "true"))) cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Dkanbao.inProcess=true");
        StringBuilder modulePath = new StringBuilder();
        for (Path f : fx) modulePath.append(modulePath.length() == 0 ? "" : java.io.File.pathSeparator).append(f);
        cmd.add("--module-path");
        cmd.add(modulePath.toString());
        cmd.add("--add-modules");
        cmd.add("javafx.controls,javafx.swing");
        // No --add-exports/--add-opens: the ControlsFX controls the app uses (StatusBar, CustomTextField,
        // TextFields.createClearableTextField) touch no JavaFX internals (only its AutoCompletionBinding and
        // SpreadsheetView do, checked with javap); without them the JVM keeps its optimised module handling.
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.kanbao.Main");
        if (library != null) {
            cmd.add("--library");
            cmd.add(library.toString());
        }
        if (smoke) cmd.add("--smoke");
        if (lang != null) {
            cmd.add("--lang");
            cmd.add(lang);
        }
        try {
            if (Boolean.getBoolean("kanbao.trace")) System.err.println("trace app JVM: " + String.join(" ", cmd));
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            org.kanbao.ui.common.StartupTrace.mark("app JVM started");
            int code = p.waitFor();
            if (dumping != null) keepArchive(dumping, archive);
            return code;
        } catch (IOException e) {
            System.err.println("kanbao: cannot start the desktop app: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** This JVM's java (java.exe on Windows). */
    private static String javaCommand() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path exe = bin.resolve("java.exe");
        return (Files.isRegularFile(exe) ? exe : bin.resolve("java")).toString();
    }

    /**
     * Where the class-data archive for this exact set of jars and this JVM lives (per-user cache), or null
     * when there is no place for it or -Dkanbao.cds=false. A changed jar gives a new name, so a stale
     * archive is never used.
     */
    static Path cdsArchive(List<Path> fx) {
        if (!Boolean.parseBoolean(System.getProperty("kanbao.cds", "true"))) return null;
        StringBuilder key = new StringBuilder(System.getProperty("java.home")).append(System.getProperty("java.vm.version"));
        List<String> parts = new ArrayList<>(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        for (Path f : fx) parts.add(f.toString());
        for (String part : parts) {
            java.io.File f = new java.io.File(part).getAbsoluteFile();
            // length() and lastModified() are 0 for a missing file: the key still differs from a present one's.
            key.append('|').append(f.getPath()).append(f.length()).append(f.lastModified());
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path dir = cache != null && !cache.isBlank() ? Path.of(cache, "kanbao")
                : Path.of(System.getProperty("user.home"), ".cache", "kanbao");
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            return null;
        }
        return dir.resolve("cds-" + Integer.toHexString(key.toString().hashCode()) + ".jsa");
    }

    private static void keepArchive(Path dumped, Path archive) {
        try {
            if (Files.isRegularFile(dumped) && Files.size(dumped) > 0) {
                Files.move(dumped, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                pruneArchives(archive.getParent(), 3);
            }
        } catch (IOException e) {
            // next start tries again
        } finally {
            try {
                Files.deleteIfExists(dumped);
            } catch (IOException ignored) {
                // a leftover part file is harmless
            }
        }
    }

    /** Keeps the {@code keep} newest archives (each tens of MB; every new build of the jars makes another). */
    static void pruneArchives(Path dir, int keep) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> old = s.filter(p -> p.getFileName().toString().matches("cds-[0-9a-f]+\\.jsa"))
                    .sorted(java.util.Comparator.comparing((Path p) -> {
                        try {
                            return Files.getLastModifiedTime(p).toMillis();
                        } catch (IOException e) {
                            return 0L;
                        }
                    }).reversed()).skip(keep).toList();
            for (Path p : old) Files.deleteIfExists(p);
        } catch (IOException | SecurityException e) {
            // the next dump tries again
        }
    }

    /** The JavaFX jars in lib/ beside the jar (target/lib for a build) or beside the jar itself. */
    static List<Path> javafxJars() {
        Path here;
        try {
            here = Path.of(AppLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return List.of();
        }
        Path dir = here.getParent();
        for (Path d : new Path[] {dir.resolve("lib"), dir}) {
            List<Path> jars = list(d);
            // Prefer the platform jars (javafx-base-21-linux.jar): the plain ones are empty placeholders.
            List<Path> platform = new ArrayList<>();
            for (Path j : jars) if (isPlatformJar(j.getFileName().toString())) platform.add(j);
            if (!platform.isEmpty()) return platform;
            if (!jars.isEmpty()) return jars;
        }
        return List.of();
    }

    /** javafx-NAME-VERSION-(linux|mac|win)….jar, as javafx-[a-z]+-.*-(linux|mac|win).*\\.jar without a regex. */
    static boolean isPlatformJar(String n) {
        if (!n.startsWith("javafx-") || !n.endsWith(".jar")) return false;
        int i = "javafx-".length();
        int nameStart = i;
        while (i < n.length() && n.charAt(i) >= 'a' && n.charAt(i) <= 'z') i++;
        if (i == nameStart || i >= n.length() || n.charAt(i) != '-') return false;
        String rest = n.substring(i + 1, n.length() - ".jar".length() + 1);
        for (String os : new String[] {"-linux", "-mac", "-win"}) if (rest.contains(os)) return true;
        return false;
    }

    private static List<Path> list(Path d) {
        List<Path> out = new ArrayList<>();
        String[] names = d.toFile().list();
        if (names == null) return out;
        java.util.Arrays.sort(names);
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.startsWith("javafx-") && n.endsWith(".jar")) out.add(d.resolve(name));
        }
        return out;
    }
}
