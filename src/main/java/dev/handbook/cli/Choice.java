package dev.handbook.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * A value that is one of an enum's constants, written as a lower-case word in any case: what the option
 * or argument accepts, and what shell completion offers.
 */
final class Choice<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;
    private final List<String> words = new ArrayList<>();

    Choice(Class<E> type) {
        this.type = type;
        for (E constant : type.getEnumConstants()) {
            words.add(constant.name().toLowerCase(Locale.ROOT));
        }
    }

    /** An option that takes one of the words. */
    static <E extends Enum<E>> OptionSpec.Builder option(String name, String label, Class<E> type) {
        Choice<E> choice = new Choice<>(type);
        return OptionSpec.builder(name).paramLabel(label).type(type).converters(choice).completionCandidates(choice);
    }

    @Override
    public E convert(String value) {
        if (!words.contains(value.toLowerCase(Locale.ROOT))) {
            throw new TypeConversionException("must be " + UsageErrors.or(words));
        }
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }
}
