package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The FreeMarker templates of templates/, configured once and safely: HTML auto-escaping by file
 * extension (.ftlh, .ftlx), no {@code ?new} object creation, no {@code ?api}, and template errors thrown
 * (never written into a page), reported as {@code template:line:col: message}.
 */
public final class Templates {
    static {
        // FreeMarker logs through java.util.logging by default, and starting that costs a cold build ~5 ms.
        // It has nothing to tell a reader: template errors are thrown (and reported by us), never logged.
        // -Dorg.freemarker.loggerLibrary=JUL brings its log back when debugging FreeMarker itself.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "none");
        }
    }

    private final Configuration config;
    private final String folderName;
    private final Unindented unindented;

    public Templates(Path folder, String folderName) throws IOException {
        this(new FileTemplateLoader(folder.toFile()), folderName);
    }

    /** Templates that ship inside handbook's jar, beside {@code base} (the dev server's own pages). */
    public static Templates builtIn(Class<?> base) {
        return new Templates(new freemarker.cache.ClassTemplateLoader(base, ""), base.getPackageName());
    }

    private Templates(freemarker.cache.TemplateLoader loader, String folderName) {
        this.folderName = folderName;
        this.unindented = new Unindented(loader);
        config = new Configuration(Configuration.VERSION_2_3_35);
        config.setTemplateLoader(unindented);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        // View models are records: templates read their components as properties (page.title).
        // Set for all classes (not only records) so it does not depend on FreeMarker's Java 16 detection.
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        config.setObjectWrapper(wrapper.build());
        config.setRecognizeStandardFileExtensions(true);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Never look at the files again: a build parses each template once, and the dev server makes new
        // Templates when a template file changes. (With 0, every page's render stat'ed and canonicalised
        // each template it used: 32,000 readlink calls in a 1,000-page build.)
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    /**
     * Templates as FreeMarker reads them: without the indentation of their lines (outside {@code <pre>}
     * and {@code <textarea>}). The indentation is for the templates' readers, and taking it out of the
     * source once costs nothing per page; taking it out of every page cost 8-13% of a large build.
     */
    private static final class Unindented implements freemarker.cache.TemplateLoader {
        private final freemarker.cache.TemplateLoader files;
        private final Map<Object, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        /** By template name: how many characters each line (from 1) lost, so messages give the file's columns. */
        private final Map<String, int[]> removed = new java.util.concurrent.ConcurrentHashMap<>();

        Unindented(freemarker.cache.TemplateLoader files) {
            this.files = files;
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            Object source = files.findTemplateSource(name);
            if (source != null) {
                names.put(source, name);
            }
            return source;
        }

        /** The column in the file of {@code column} on {@code line} of the template as FreeMarker read it. */
        int column(String name, int line, int column) {
            int[] lost = removed.get(name);
            return lost == null || line < 1 || line >= lost.length || column < 1 ? column : column + lost[line];
        }

        @Override
        public long getLastModified(Object source) {
            return files.getLastModified(source);
        }

        @Override
        public java.io.Reader getReader(Object source, String encoding) throws IOException {
            try (java.io.Reader reader = files.getReader(source, encoding)) {
                StringWriter text = new StringWriter();
                reader.transferTo(text);
                String original = text.toString();
                String name = names.get(source);
                if (name == null || !name.endsWith(".ftlh")) {
                    return new java.io.StringReader(original); // only HTML loses its indentation
                }
                String stripped = HtmlIndent.strip(original);
                String[] before = original.split("\n", -1);
                String[] after = stripped.split("\n", -1);
                int[] lost = new int[before.length + 1];
                for (int i = 0; i < before.length && i < after.length; i++) {
                    lost[i + 1] = before[i].length() - after[i].length();
                }
                removed.put(name, lost);
                return new java.io.StringReader(stripped);
            }
        }

        @Override
        public void closeTemplateSource(Object source) throws IOException {
            files.closeTemplateSource(source);
        }
    }

    /** Every file of a templates folder with its size and modification time: equal stamps, unchanged templates. */
    public static String stamp(Path folder) {
        StringBuilder out = new StringBuilder();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                out.append(folder.relativize(file)).append(' ').append(java.nio.file.Files.size(file)).append(' ')
                        .append(java.nio.file.Files.getLastModifiedTime(file).toMillis()).append('\n');
            }
        } catch (IOException e) {
            return "unreadable " + System.nanoTime(); // never equal: render everything
        }
        return out.toString();
    }

    /** Parses a template now, so a syntax error is reported before any page is rendered. */
    public boolean preload(String name, Diagnostics diagnostics) {
        return template(name, diagnostics).isPresent();
    }

    /** Renders {@code name} with {@code model}; on error adds a located diagnostic and returns empty. */
    public Optional<String> render(String name, Map<String, Object> model, Diagnostics diagnostics) {
        StringWriter out = new StringWriter(16 * 1024);
        return render(name, model, out, diagnostics) ? Optional.of(out.toString()) : Optional.empty();
    }

    /** Renders {@code name} with {@code model} as UTF-8, ready to write; on error as {@link #render}. */
    public Optional<byte[]> renderUtf8(String name, Map<String, Object> model, Diagnostics diagnostics) {
        Utf8Buffer out = new Utf8Buffer(32 * 1024);
        return render(name, model, out, diagnostics) ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    /**
     * Renders {@code name} with {@code model} into {@code out} as it goes; on error adds a located diagnostic
     * and returns false ({@code out} then holds part of the page).
     */
    public boolean render(String name, Map<String, Object> model, java.io.Writer out, Diagnostics diagnostics) {
        Optional<Template> template = template(name, diagnostics);
        if (template.isEmpty()) {
            return false;
        }
        try {
            template.get().process(model, out);
            return true;
        } catch (TemplateException e) {
            synchronized (diagnostics) {
                String where = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
                String message = firstLine(e.getMessageWithoutStackTop());
                String hint = "fix the template";
                if (e instanceof freemarker.core.InvalidReferenceException && e.getBlamedExpressionString() != null) {
                    message = "'" + e.getBlamedExpressionString() + "' is null or missing";
                    hint = "check the name against the view model (render/View.java), or write ${x!''} for an"
                            + " optional value";
                }
                diagnostics.error(new SourcePosition(folderName + "/" + where, Math.max(0, lineOf(e)),
                        Math.max(0, unindented.column(where, lineOf(e), columnOf(e)))), "template error: " + message,
                        hint);
            }
            return false;
        } catch (IOException e) {
            synchronized (diagnostics) {
                diagnostics.error(SourcePosition.of(folderName + "/" + name), "cannot render template: " + e, "");
            }
            return false;
        }
    }

    private Optional<Template> template(String name, Diagnostics diagnostics) {
        try {
            return Optional.of(config.getTemplate(name));
        } catch (TemplateNotFoundException e) {
            synchronized (diagnostics) {
                diagnostics.error(SourcePosition.of(folderName + "/" + name), "template not found",
                        "every handbook needs " + folderName + "/" + name);
            }
        } catch (ParseException e) {
            synchronized (diagnostics) {
                diagnostics.error(new SourcePosition(folderName + "/" + name, e.getLineNumber(),
                        unindented.column(name, e.getLineNumber(), e.getColumnNumber())),
                        "template syntax error: " + firstLine(e.getEditorMessage()), "");
            }
        } catch (IOException e) {
            synchronized (diagnostics) {
                diagnostics.error(SourcePosition.of(folderName + "/" + name), "cannot read template: " + e, "");
            }
        }
        return Optional.empty();
    }

    private static int lineOf(TemplateException e) {
        return e.getLineNumber() == null ? 0 : e.getLineNumber();
    }

    private static int columnOf(TemplateException e) {
        return e.getColumnNumber() == null ? 0 : e.getColumnNumber();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return (nl < 0 ? trimmed : trimmed.substring(0, nl)).strip();
    }
}
