package dev.handbook.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * When each file of content/ last changed, from git history: one {@code git log} over the whole folder
 * (newest first, so the first date seen for a file is its latest), instead of one git process per file.
 * Outside a repository, without git, or for files git does not track, there is simply no date.
 */
public final class GitDates {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private GitDates() {}

    /** Content-relative path (e.g. "phases/01-x.md") to the date of the last commit that changed it. */
    public static Map<String, String> read(Path contentDir) {
        try {
            Git.Result prefix = Git.run(contentDir, null, "rev-parse", "--show-prefix");
            if (!prefix.ok()) {
                return Map.of();
            }
            // %cd with --date=short is the committer date as YYYY-MM-DD (what GitHub shows as "last commit").
            Git.Result log = Git.run(contentDir, null, "-c", "core.quotepath=off", "log", "-z", "--name-only",
                    "--no-renames", "--date=short", "--format=%x1e%cd", "--", ".");
            return log.ok() ? parse(log.text(), prefix.text().strip()) : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** Parses records of the form {@code \x1eDATE\0\nfile\0file\0}. */
    static Map<String, String> parse(String log, String prefix) {
        Map<String, String> dates = new HashMap<>();
        for (String record : log.split("\u001e")) {
            int end = record.indexOf('\0');
            if (end < 0 || !DATE.matcher(record.substring(0, end)).matches()) {
                continue;
            }
            String date = record.substring(0, end);
            for (String name : record.substring(end + 1).split("\0")) {
                String path = name.startsWith("\n") ? name.substring(1) : name;
                if (path.startsWith(prefix) && !path.isEmpty()) {
                    dates.putIfAbsent(path.substring(prefix.length()), date);
                }
            }
        }
        return dates;
    }
}
