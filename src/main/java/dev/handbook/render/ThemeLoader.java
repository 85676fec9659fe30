package dev.handbook.render;

import dev.handbook.diag.Utf8;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;

/**
 * FreeMarker's view of a {@link Theme}: each template name is looked up as every theme file is (the
 * handbook's folder first, then the built-in theme), and read as strict UTF-8, so an override saved in
 * another encoding is reported at its first bad byte instead of rendering replacement characters.
 */
final class ThemeLoader implements TemplateLoader {
    /** A template that is not UTF-8: its bytes, for the message that locates the first bad one. */
    static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;
        final transient ThemeFile file;
        final transient byte[] bytes;

        NotUtf8(ThemeFile file, byte[] bytes) {
            super(file.shown() + " is not UTF-8");
            this.file = file;
            this.bytes = bytes;
        }
    }

    private final Theme theme;

    ThemeLoader(Theme theme) {
        this.theme = theme;
    }

    @Override
    public Object findTemplateSource(String name) {
        return theme.file(name).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        return -1; // never asked: Templates never looks at a template twice
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        ThemeFile file = (ThemeFile) source;
        byte[] bytes = file.bytes();
        try {
            return new StringReader(Utf8.decode(bytes));
        } catch (CharacterCodingException e) {
            throw new NotUtf8(file, bytes);
        }
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing is held open
    }
}
