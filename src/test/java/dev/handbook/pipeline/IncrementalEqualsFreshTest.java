package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSupport;
import dev.handbook.diag.BuildFailedException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.output.OutputTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's builds and a fresh build agree, byte for byte (issue 16): sequences of random edits
 * ({@link RandomEdits}) go through one repeated session, as {@code serve} makes them, each reported as its
 * watcher would (or as lost events, now and then); after each sequence every file of the served folder is
 * compared with a one-off build of the same content at the same address. When the content has errors,
 * both fail with the same diagnostics.
 *
 * <p>Fixed seeds in {@code mvn verify}; run longer by hand with
 * {@code mvn test -Dtest=IncrementalEqualsFreshTest -Dhandbook.incremental.seeds=200}.
 */
class IncrementalEqualsFreshTest {
    static final int SEEDS = Integer.getInteger("handbook.incremental.seeds", 6);
    static final int SEQUENCES = 4;
    static final int EDITS = 4;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> randomEditsThroughServeEqualAFreshBuild() {
        return LongStream.range(0, SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
                () -> run(seed, dir.resolve("seed-" + seed))));
    }

    private void run(long seed, Path root) throws IOException {
        RandomEdits edits = new RandomEdits(root, seed);
        edits.start(TestSupport.TEMPLATES);
        SiteBuilder builder = new SiteBuilder("test", root);
        BuildSession session = BuildSession.repeated();
        BuildRequest live = request(edits, root.resolve("live"));
        Outcome first = build(builder, live, session);
        assertTrue(first.problems().isEmpty(), "the starting handbook builds: " + first.problems());
        java.util.Random random = new java.util.Random(seed);
        int compared = 0;
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            for (int i = 0; i < EDITS; i++) {
                Set<Path> touched = random.nextInt(8) == 0 ? null : edits.edit();
                if (random.nextInt(6) == 0) {
                    Map<Path, byte[]> broken = edits.breakAFile();
                    report(session, random, broken.keySet());
                    build(builder, live, session);
                    touched = RandomEdits.mend(broken);
                }
                report(session, random, touched);
                build(builder, live, session);
            }
            Outcome served = build(builder, live, session);
            Outcome fresh = build(builder, request(edits, root.resolve("fresh-" + sequence)), BuildSession.oneOff());
            assertEquals(fresh.problems(), served.problems(), "seed " + seed + ", sequence " + sequence);
            if (fresh.problems().stream().noneMatch(Diagnostic::isError)) {
                Map<String, String> freshFiles = RandomEdits.tree(root.resolve("fresh-" + sequence));
                freshFiles.remove(OutputTree.MARKER);
                assertEquals(freshFiles, servedFiles(session, root.resolve("live")), "seed " + seed + ", sequence "
                        + sequence + ": the served folder differs from a fresh build");
                compared++;
            }
        }
        assertTrue(compared > 0, "seed " + seed + " compared no successful build");
    }

    /** What the watcher reports: the touched paths, or now and then nothing but lost events. */
    private static void report(BuildSession session, java.util.Random random, Set<Path> touched) {
        session.changed(touched == null || random.nextInt(10) == 0 ? null : touched);
    }

    private static BuildRequest request(RandomEdits edits, Path out) {
        return new BuildRequest(edits.content(), edits.templates(), out, Optional.of("http://127.0.0.1:8000/"), true,
                true);
    }

    /** A build's warnings, or all its problems when it failed. */
    private record Outcome(List<Diagnostic> problems) {}

    private static Outcome build(SiteBuilder builder, BuildRequest request, BuildSession session) {
        try {
            return new Outcome(builder.build(request, session).warnings());
        } catch (BuildFailedException e) {
            return new Outcome(e.diagnostics());
        }
    }

    /** The folder as the dev server serves it: each file made on request (the booklet, the search index) first. */
    private static Map<String, String> servedFiles(BuildSession session, Path folder) throws IOException {
        for (Path file : RandomEdits.files(folder)) {
            session.materialize(folder.relativize(file).toString().replace('\\', '/'));
        }
        return RandomEdits.tree(folder);
    }
}
