package dev.handbook.render;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.SourcePosition;
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
import java.util.function.Function;

/**
 * The FreeMarker templates of a {@link Theme} (a handbook's theme folder over the built-in theme), configured
 * once and safely: HTML auto-escaping by file
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
    /** Where messages say a template is: its theme file, or a folder of handbook's own (the dev server's). */
    private final Function<String, String> shown;
    private final Unindented unindented;

    /** The theme's templates: the handbook's own theme folder's, else the built-in theme's. */
    public Templates(Theme theme) {
        this(new ThemeLoader(theme), theme::shown);
    }

    /** The templates of {@code folder} over the built-in theme's; messages name the folder {@code folderName}. */
    public Templates(Path folder, String folderName) {
        this(new Theme(folder, folderName));
    }

    /** Templates that ship inside handbook's jar, beside {@code base} (the dev server's own pages). */
    public static Templates builtIn(Class<?> base) {
        return new Templates(new freemarker.cache.ClassTemplateLoader(base, ""),
                name -> base.getPackageName() + "/" + name);
    }

    private Templates(freemarker.cache.TemplateLoader loader, Function<String, String> shown) {
        this.shown = shown;
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
                if (shown.apply(where).startsWith(Theme.BUILT_IN)) {
                    // The built-in theme works with itself: what breaks it is a file of the theme folder.
                    hint = "the built-in " + where + " fails with the theme folder's files it uses: compare them"
                            + " with the built-in theme ('handbook theme export DIR' writes it out)";
                }
                diagnostics.error(new SourcePosition(shown.apply(where), Math.max(0, lineOf(e)),
                        Math.max(0, unindented.column(where, lineOf(e), columnOf(e)))), "template error: " + message,
                        hint);
            }
            return false;
        } catch (IOException e) {
            synchronized (diagnostics) {
                diagnostics.error(SourcePosition.of(shown.apply(name)), "cannot render template: " + e, "");
            }
            return false;
        }
    }

    private Optional<Template> template(String name, Diagnostics diagnostics) {
        try {
            return Optional.of(config.getTemplate(name));
        } catch (TemplateNotFoundException e) {
            synchronized (diagnostics) {
                diagnostics.error(SourcePosition.of(shown.apply(name)), "template not found",
                        "neither the theme folder nor the built-in theme has " + name);
            }
        } catch (ParseException e) {
            // An error in a template another one imports is the imported file's, at its own line.
            String where = e.getTemplateName() != null ? e.getTemplateName() : name;
            synchronized (diagnostics) {
                diagnostics.error(new SourcePosition(shown.apply(where), e.getLineNumber(),
                        unindented.column(where, e.getLineNumber(), e.getColumnNumber())),
                        "template syntax error: " + firstLine(e.getEditorMessage()), "");
            }
        } catch (ThemeLoader.NotUtf8 e) {
            synchronized (diagnostics) {
                dev.handbook.diag.Utf8.notUtf8(e.bytes, e.file.shown(), diagnostics);
            }
        } catch (IOException e) {
            synchronized (diagnostics) {
                diagnostics.error(SourcePosition.of(shown.apply(name)), "cannot read template: " + e, "");
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
