package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.cli.HandbookCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub workflows parse, run what the project says they run (the README's test command, check against
 * the base branch, a build with the Pages base URL), install what .ci/run installs, and only use options the
 * command line has. Nothing runs them here; this catches the mistakes that would only show on GitHub.
 */
class WorkflowTest {
    static final Path WORKFLOWS = Path.of(".github/workflows");

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(String file, String job) throws IOException {
        Map<String, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(WORKFLOWS.resolve(file)));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
    }

    static String runs(List<Map<String, Object>> steps) {
        return String.join("\n", steps.stream().map(s -> String.valueOf(s.getOrDefault("run", ""))).toList());
    }

    static Map<?, ?> with(List<Map<String, Object>> steps, String action) {
        return steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith(action + "@")).findFirst()
                .map(s -> (Map<?, ?>) s.getOrDefault("with", Map.of())).orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    @Test
    void pullRequestsRunTheTestsAndCheckAgainstTheBase() throws IOException {
        List<Map<String, Object>> steps = steps("pr.yml", "test");
        assertEquals(0, with(steps, "actions/checkout").get("fetch-depth"));
        String run = runs(steps);
        assertTrue(run.contains("mvn -B -ntp verify"), run);
        assertTrue(run.contains("./handbook check --base \"origin/${{ github.base_ref }}\""), run);
    }

    @Test
    void pullRequestsInstallWhatCiInstalls() throws IOException {
        String run = runs(steps("pr.yml", "test"));
        Matcher need = Pattern.compile("need\\+=\\(([a-z0-9-]+)\\)").matcher(Files.readString(Path.of(".ci/run")));
        int packages = 0;
        while (need.find()) {
            packages++;
            assertTrue(run.matches("(?s).*\\s" + Pattern.quote(need.group(1)) + "(\\s.*|$)"), need.group(1));
        }
        assertTrue(packages >= 4, "read .ci/run's packages");
    }

    @Test
    void pagesBuildWithTheirBaseUrlAndDeploy() throws IOException {
        List<Map<String, Object>> build = steps("pages.yml", "build");
        assertEquals(0, with(build, "actions/checkout").get("fetch-depth"), "dates need the history");
        with(build, "actions/configure-pages");
        assertTrue(runs(build).contains("./handbook build --base-url \"${{ steps.pages.outputs.base_url }}/\""));
        assertEquals("site", with(build, "actions/upload-pages-artifact").get("path"));
        assertTrue(steps("pages.yml", "deploy").stream()
                .anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/deploy-pages@")));
    }

    @Test
    void aVersionTagReleasesTheJarWithItsChecksum() throws IOException {
        Map<Object, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(WORKFLOWS.resolve("release.yml")));
        Map<?, ?> on = (Map<?, ?>) workflow.get(true); // YAML 1.1 reads the key "on" as true
        assertEquals(Map.of("tags", List.of("v*")), on.get("push"));
        String run = runs(steps("release.yml", "release"));
        assertTrue(run.contains("mvn -B -ntp package -Dhandbook.release=true"), "marks the jar as a release");
        assertTrue(run.contains("sha256sum \"handbook-$VERSION.jar\" > \"handbook-$VERSION.jar.sha256\""), run);
        assertTrue(run.contains("gh release create \"$GITHUB_REF_NAME\" \"dist/handbook-$VERSION.jar\""
                + " \"dist/handbook-$VERSION.jar.sha256\""), run);
    }

    /** What `handbook init` writes downloads what the release workflow publishes: the same tag and file name. */
    @Test
    void aNewHandbookDownloadsTheReleasedJarAndVerifiesIt() throws IOException {
        String script = Files.readString(Path.of("src/main/scaffold/_github/handbook.sh"));
        assertTrue(script.contains("/releases/download/v$HANDBOOK_VERSION/handbook-$HANDBOOK_VERSION.jar\""), script);
        assertTrue(script.contains("sha256sum --check --strict"), script);
        for (String workflow : List.of("check.yml", "pages.yml")) {
            String text = Files.readString(Path.of("src/main/scaffold/_github/workflows", workflow));
            Map<?, ?> parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            assertTrue(parsed.containsKey("jobs"), workflow);
            assertTrue(text.contains("run: sh .github/handbook.sh") && !text.contains("mvn"), workflow);
        }
        assertTrue(Files.readString(Path.of("src/main/scaffold/_github/workflows/pages.yml"))
                .contains("java -jar handbook.jar build --base-url \"${{ steps.pages.outputs.base_url }}/\""));
        assertTrue(Files.readString(Path.of("src/main/scaffold/_github/workflows/check.yml"))
                .contains("java -jar handbook.jar check ${{ github.base_ref && format('--base origin/{0}',"));
    }

    @Test
    void theOptionsTheWorkflowsUseExist() {
        assertTrue(help("check").contains("--base=REF"));
        assertTrue(help("check").contains("--format=FORMAT"));
        assertTrue(help("build").contains("--base-url=URL"));
    }

    private static String help(String command) {
        StringWriter out = new StringWriter();
        HandbookCommand.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), command, "--help");
        return out.toString();
    }
}
