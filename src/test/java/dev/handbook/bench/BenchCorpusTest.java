package dev.handbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.model.Page;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's generated handbook (bench/gen_corpus.py) stays a valid handbook of the promised shape,
 * so a change to the content format cannot quietly break bench/run.sh. Needs python3 on the PATH: without
 * it the tests skip with a message, and in CI (which installs it) they fail.
 */
class BenchCorpusTest {
    private static final int PAGES = 30;
    /** One generated corpus for both tests: the generator is the slow part. */
    private static Path corpus;

    @BeforeAll
    static void generateOnce(@TempDir Path tmp) throws Exception {
        TestSupport.requireOnPath("python3", "the benchmark's corpus generator, bench/gen_corpus.py, runs on it",
                "apt-get install -y python3");
        corpus = generate(tmp.resolve("a"));
    }

    @Test
    void generatedHandbookBuildsCleanlyWithThePromisedShape(@TempDir Path tmp) throws Exception {
        BuildRequest request = new BuildRequest(corpus.resolve("handbook/content"), TestSupport.TEMPLATES,
                tmp.resolve("site"), Optional.empty(), false, true);

        BuildResult result;
        try {
            result = new SiteBuilder("test", tmp).build(request);
        } catch (BuildFailedException e) {
            throw new AssertionError("the generated handbook does not build:\n" + e.diagnostics().stream()
                    .map(Object::toString).collect(Collectors.joining("\n")), e);
        }

        assertEquals(List.of(), result.warnings().stream().map(Object::toString).toList());
        assertEquals(PAGES, result.handbook().phases().size());
        for (Page phase : result.handbook().phases()) {
            int items = phase.checklist().items().size();
            assertTrue(items >= 8 && items <= 30, phase.sourceFile() + " has " + items + " items");
            int words = phase.body().source().split("\\s+").length;
            assertTrue(words >= 600 && words <= 1800, phase.sourceFile() + " has " + words + " words");
            String body = phase.body().source();
            for (String block : List.of("\n## ", "\n### ", "\n- ", "\n1. ", "\n|---", "\n> ", "\n```", "](", "`",
                    "*")) {
                assertTrue(body.contains(block), phase.sourceFile() + " lacks " + block.strip());
            }
        }
        String page = Files.readString(tmp.resolve("site/phases").resolve(
                result.handbook().phases().get(0).output().value().substring("phases/".length())));
        assertTrue(page.contains("aria-current=\"page\""), "the navigation marks the current page");
    }

    @Test
    void sameArgumentsGiveTheSameTrees(@TempDir Path tmp) throws Exception {
        Path a = corpus;
        Path b = generate(tmp.resolve("b"));
        List<Path> filesA = files(a);
        assertEquals(filesA, files(b));
        assertTrue(filesA.size() > 3 * PAGES, "every layout is written: " + filesA.size() + " files");
        for (Path rel : filesA) {
            assertEquals(Files.readString(a.resolve(rel)), Files.readString(b.resolve(rel)), rel.toString());
        }
    }

    private static Path generate(Path out) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", "bench/gen_corpus.py", "--n", String.valueOf(PAGES),
                "--out", out.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "gen_corpus.py finished");
        assertEquals(0, process.exitValue(), output);
        return out;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList());
        }
    }
}
