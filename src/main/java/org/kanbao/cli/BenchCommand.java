package org.kanbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kanbao.bench.Bench;
import org.kanbao.bench.Report;
import org.kanbao.model.json.FixtureJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure performance on a synthetic library built in a temporary folder and print one table.",
                "Articles are recombined from the sentences of the shipped sample edition, or of --corpus folders."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "200000", description = "Library size (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write every figure as JSON.")
    Path out;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder(s) of pages (.txt, .pdf) to build from and parse, e.g. ../shared/fixtures.")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--keep", description = "Keep the temporary library (its path is printed).")
    boolean keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var log = spec.commandLine().getErr();
        List<Path> sources = corpus.isEmpty() ? List.of(org.kanbao.Assets.sampleDir().orElseThrow(() -> new IllegalStateException("no sample edition found; give --corpus DIR"))) : corpus;
        Path work = Files.createTempDirectory("kanbao-bench");
        try {
            Report r = new Bench(new Bench.Options(articles, sources, work, keep), log).run();
            r.print(spec.commandLine().getOut());
            if (out != null) Files.writeString(out, FixtureJson.MAPPER.writeValueAsString(r.json()));
            return 0;
        } finally {
            if (keep) log.println("bench: library kept in " + work);
            else deleteTree(work);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
