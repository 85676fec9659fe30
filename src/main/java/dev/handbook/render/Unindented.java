package dev.handbook.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Templates as FreeMarker reads them: without the indentation of their lines (outside {@code <pre>}
 * and {@code <textarea>}). The indentation is for the templates' readers, and taking it out of the
 * source once costs nothing per page; taking it out of every page cost 8-13% of a large build.
 */
final class Unindented implements TemplateLoader {
    private final TemplateLoader files;
    private final Map<Object, String> names = new ConcurrentHashMap<>();
    /** By template name: how many characters each line (from 1) lost, so messages give the file's columns. */
    private final Map<String, int[]> removed = new ConcurrentHashMap<>();

    Unindented(TemplateLoader files) {
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
    public Reader getReader(Object source, String encoding) throws IOException {
        try (Reader reader = files.getReader(source, encoding)) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            String original = text.toString();
            String name = names.get(source);
            if (name == null || !name.endsWith(".ftlh")) {
                return new StringReader(original); // only HTML loses its indentation
            }
            String stripped = HtmlIndent.strip(original);
            String[] before = original.split("\n", -1);
            String[] after = stripped.split("\n", -1);
            int[] lost = new int[before.length + 1];
            for (int i = 0; i < before.length && i < after.length; i++) {
                lost[i + 1] = before[i].length() - after[i].length();
            }
            removed.put(name, lost);
            return new StringReader(stripped);
        }
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }
}
