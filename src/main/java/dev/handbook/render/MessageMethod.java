package dev.handbook.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates call for the theme's words ({@link Texts}). {@code msg("nav.plan")} is a message as text,
 * which FreeMarker escapes where it is printed like any other text; {@code msg("counts.items", {"n": 3})}
 * fills its placeholders, and chooses the form for the count {@code n}. A value that is markup (captured with
 * {@code <#assign link><a ...>...</a></#assign>}, or {@code ?no_esc}) is put in as it is, with the message's
 * own text escaped around it: a link inside a sentence stays one message for its translators.
 * {@code scriptTexts(["checklist.js", ...])} is the JSON of those scripts' messages.
 */
final class MessageMethod implements TemplateMethodModelEx {
    private static final HTMLOutputFormat HTML = HTMLOutputFormat.INSTANCE;
    private final Texts texts;

    MessageMethod(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 2 || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("msg takes a message key and, when the message has placeholders, a hash"
                    + " of their values: msg(\"nav.plan\"), msg(\"counts.items\", {\"n\": 3})");
        }
        Map<String, TemplateModel> args = arguments.size() == 2 ? hash((TemplateModel) arguments.get(1)) : Map.of();
        String message;
        try {
            message = texts.message(key.getAsString(), args.get("n") instanceof TemplateNumberModel n
                    ? n.getAsNumber() : null);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage() + " in the theme's messages (src/main/resources/dev/handbook/messages/en.yml)");
        }
        boolean markup = args.values().stream().anyMatch(v -> v instanceof TemplateHTMLOutputModel);
        if (!markup) {
            Map<String, String> values = new HashMap<>();
            for (Map.Entry<String, TemplateModel> e : args.entrySet()) {
                values.put(e.getKey(), text(e.getValue()));
            }
            return Texts.fill(message, values::get, s -> s);
        }
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, TemplateModel> e : args.entrySet()) {
            values.put(e.getKey(), e.getValue() instanceof TemplateHTMLOutputModel html ? HTML.getMarkupString(html)
                    : HTML.escapePlainText(text(e.getValue())));
        }
        return HTML.fromMarkup(Texts.fill(message, values::get, HTML::escapePlainText));
    }

    private static Map<String, TemplateModel> hash(TemplateModel model) throws TemplateModelException {
        if (!(model instanceof TemplateHashModelEx hash)) {
            throw new TemplateModelException("msg's second argument is a hash of values, e.g. {\"n\": 3}");
        }
        Map<String, TemplateModel> out = new HashMap<>();
        TemplateModelIterator keys = hash.keys().iterator();
        while (keys.hasNext()) {
            String name = ((TemplateScalarModel) keys.next()).getAsString();
            out.put(name, hash.get(name));
        }
        return out;
    }

    private static String text(TemplateModel value) throws TemplateModelException {
        if (value instanceof TemplateNumberModel n) {
            return Texts.plain(n.getAsNumber());
        }
        if (value instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("a message's values are text or numbers");
    }

    /** {@code scriptTexts(["handbook.js", ...])}: the JSON of those scripts' messages, for a script element. */
    static final class ScriptTexts implements TemplateMethodModelEx {
        private final Texts texts;

        ScriptTexts(Texts texts) {
            this.texts = texts;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateSequenceModel list)) {
                throw new TemplateModelException("scriptTexts takes a list of script names");
            }
            List<String> scripts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                scripts.add(((TemplateScalarModel) list.get(i)).getAsString());
            }
            // JSON with '<' escaped: safe inside a script element as it is.
            return HTML.fromMarkup(texts.scriptJson(scripts));
        }
    }
}
