package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls between a theme's templates, which an override can break where FreeMarker would only notice
 * on the first page that makes the call: {@code <@layout.checklist ...>} needs a macro {@code checklist} in
 * the file imported {@code as layout} (or in a file that one includes). Read from the templates' text: the
 * directives are FreeMarker's fixed syntax, and the parsed tree is not FreeMarker's published API.
 */
public final class ThemeCalls {
    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    private static final Pattern IMPORT = Pattern.compile("<#import\\s+\"([^\"]+)\"\\s+as\\s+(\\w+)");
    private static final Pattern INCLUDE = Pattern.compile("<#include\\s+\"([^\"]+)\"");
    private static final Pattern DEFINE = Pattern.compile("<#(?:macro|function)\\s+(\\w+)");
    private static final Pattern CALL = Pattern.compile("<@(\\w+)\\.(\\w+)");

    private final Theme theme;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    private ThemeCalls(Theme theme) {
        this.theme = theme;
    }

    /** A call of a macro that is not there: who calls it where, and in which file it should be. */
    private record Missing(ThemeFile caller, int line, int column, String call, String library, String macro) {}

    /**
     * Reports every call among {@code names} (the theme's templates) of a macro its library lacks, and every
     * import of a file the theme does not have. An override that lacks a macro the built-in templates call
     * is reported at the override; a call written in the handbook's own template, at the call.
     */
    public static void check(Theme theme, List<String> names, Diagnostics diagnostics) {
        new ThemeCalls(theme).report(names, diagnostics);
    }

    private void report(List<String> names, Diagnostics diagnostics) {
        Map<String, List<Missing>> byLibrary = new LinkedHashMap<>();
        for (String name : names) {
            ThemeFile caller = theme.file(name).orElseThrow();
            String text = text(name).orElse("");
            Map<String, String> imports = new HashMap<>();
            for (Matcher m = IMPORT.matcher(text); m.find();) {
                String library = resolve(name, m.group(1));
                if (text(library).isEmpty()) {
                    diagnostics.error(at(caller, text, m.start()), "imports " + m.group(1) + ", which the theme does"
                            + " not have", "neither the theme folder nor the built-in theme has " + library);
                } else {
                    imports.put(m.group(2), library);
                }
            }
            for (Matcher m = CALL.matcher(text); m.find();) {
                String library = imports.get(m.group(1));
                if (library != null && !defined(library).contains(m.group(2))) {
                    SourcePosition at = at(caller, text, m.start());
                    Missing missing = new Missing(caller, at.line(), at.column(), m.group(), library, m.group(2));
                    if (caller.isBuiltIn()) {
                        byLibrary.computeIfAbsent(library + " " + m.group(2), k -> new ArrayList<>()).add(missing);
                    } else {
                        diagnostics.error(at, m.group() + "> calls a macro that " + theme.shown(library)
                                + " does not define", defines(library));
                    }
                }
            }
        }
        for (List<Missing> calls : byLibrary.values()) {
            Missing first = calls.get(0);
            List<String> callers = calls.stream().map(c -> c.caller().name() + " (line " + c.line() + ")").toList();
            diagnostics.error(SourcePosition.of(theme.shown(first.library())), "this override has no macro '"
                    + first.macro() + "', which the built-in theme's " + String.join(", ", callers) + " call"
                    + (calls.size() == 1 ? "s" : ""), "define <#macro " + first.macro() + " ...> here as the built-in "
                    + first.library() + " does ('handbook theme export DIR' writes it out), or override "
                    + calls.stream().map(c -> c.caller().name()).distinct().reduce((a, b) -> a + " and " + b)
                            .orElse("") + " too");
        }
    }

    private String defines(String library) {
        Set<String> macros = defined(library);
        return macros.isEmpty() ? library + " defines no macro" : library + " defines " + String.join(", ", macros);
    }

    /** The macros and functions {@code library} defines, itself or in the files it includes. */
    private Set<String> defined(String library) {
        Set<String> macros = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        Deque<String> files = new ArrayDeque<>(List.of(library));
        while (!files.isEmpty()) {
            String file = files.pop();
            if (!seen.add(file)) {
                continue;
            }
            String text = text(file).orElse("");
            for (Matcher m = DEFINE.matcher(text); m.find();) {
                macros.add(m.group(1));
            }
            for (Matcher m = INCLUDE.matcher(text); m.find();) {
                files.push(resolve(file, m.group(1)));
            }
        }
        return macros;
    }

    /** The template's text with its comments blanked out (line breaks kept, so positions stay); empty when missing. */
    private Optional<String> text(String name) {
        return texts.computeIfAbsent(name, n -> theme.file(n).map(file -> {
            try {
                Matcher comments = COMMENT.matcher(new String(file.bytes(), StandardCharsets.UTF_8));
                StringBuilder out = new StringBuilder();
                while (comments.find()) {
                    comments.appendReplacement(out, comments.group().replaceAll("[^\n]", " "));
                }
                return comments.appendTail(out).toString();
            } catch (IOException e) {
                return "";
            }
        }));
    }

    /** {@code target} as FreeMarker finds it from {@code from}: relative to from's folder, or from the root. */
    static String resolve(String from, String target) {
        Deque<String> parts = new ArrayDeque<>();
        if (!target.startsWith("/")) {
            String[] folders = from.split("/");
            for (int i = 0; i < folders.length - 1; i++) {
                parts.addLast(folders[i]);
            }
        }
        for (String part : target.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static SourcePosition at(ThemeFile file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file.shown(), line, offset - lineStart + 1);
    }
}
