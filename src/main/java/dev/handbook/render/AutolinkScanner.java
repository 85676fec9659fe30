package dev.handbook.render;

/**
 * Where GitHub's extended autolinks start and end in one text, by the rules of cmark-gfm's autolink extension
 * (the GFM spec's section 6.9 as GitHub implements it, in the version the differential tests run,
 * 0.29.0.gfm.6): {@code www.} links and {@code http://}, {@code https://}
 * and {@code ftp://} URLs run to the next space and then lose trailing punctuation, unbalanced closing
 * parentheses and an entity-like {@code &name;}; an e-mail address must end in a letter. Pure functions over a
 * string, so each rule is tested on its own; {@link GithubAutolinks} puts the links into the tree.
 */
final class AutolinkScanner {
    /** A link found at {@code [start, end)} of the text, with the address it points to. */
    record Found(int start, int end, String destination) {}

    private static final String[] SCHEMES = {"http://", "https://", "ftp://"};

    private AutolinkScanner() {}

    /**
     * The first {@code www.} or URL link that starts at or after {@code from}, or null. {@code openAtStart}
     * says whether a {@code www.} link may start at index 0 (the text follows a space, a line start or an
     * emphasis delimiter in the source); {@code bracketsOpen} counts the {@code [} left open before
     * {@code from}, inside which GitHub links neither kind.
     */
    static Found nextWebLink(String text, int from, boolean openAtStart, int bracketsOpen) {
        int brackets = bracketsOpen;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (brackets == 0) {
                Found found = c == 'w' ? www(text, i, i == 0 ? openAtStart : isWwwBoundary(text.charAt(i - 1)))
                        : c == ':' ? url(text, i, from) : null;
                if (found != null) {
                    return found;
                }
            }
            brackets = bracketDepth(brackets, c);
        }
        return null;
    }

    /** The brackets open after {@code c}: GitHub's parser pushes each {@code [} and pops one at each {@code ]}. */
    static int bracketDepth(int open, char c) {
        return c == '[' ? open + 1 : c == ']' && open > 0 ? open - 1 : open;
    }

    /** The first e-mail address in {@code text[from, to)}, or null. */
    static Found nextEmail(String text, int from, int to) {
        int start = from;
        while (true) {
            int at = text.indexOf('@', start);
            if (at < 0 || at >= to) {
                return null;
            }
            int local = at;
            while (local > start && isLocalPartChar(text.charAt(local - 1))) {
                local--;
            }
            int end = local == at ? -1 : emailEnd(text, at, to);
            if (end > at) {
                return new Found(local, end, "mailto:" + text.substring(local, end));
            }
            start = at + 1;
        }
    }

    /** Where an address whose {@code @} is at {@code at} ends, or -1 when it is not one. */
    private static int emailEnd(String text, int at, int to) {
        int ats = 0;
        int dots = 0;
        int end = at;
        for (; end < to; end++) {
            char c = text.charAt(end);
            if (isAsciiAlphanumeric(c) || c == '-' || c == '_') {
                continue;
            }
            if (c == '@') {
                ats++;
            } else if (c == '.' && end + 1 < to && isAsciiAlphanumeric(text.charAt(end + 1))) {
                dots++;
            } else {
                break;
            }
        }
        if (end - at < 2 || ats != 1 || dots == 0 || !isAsciiLetter(text.charAt(end - 1))) {
            return -1;
        }
        int trimmed = at + trimEnd(text, at, end);
        return trimmed > at ? trimmed : -1;
    }

    private static Found www(String text, int at, boolean boundary) {
        if (!boundary || !text.startsWith("www.", at)) {
            return null;
        }
        if (domainLength(text, at, false) == 0) {
            return null;
        }
        int end = at + trimEnd(text, at, nextSpace(text, at));
        return end > at ? new Found(at, end, "http://" + text.substring(at, end)) : null;
    }

    private static Found url(String text, int colon, int earliest) {
        if (colon + 3 >= text.length() || !text.startsWith("//", colon + 1)) {
            return null;
        }
        int start = colon;
        while (start > earliest && isAsciiLetter(text.charAt(start - 1))) {
            start--;
        }
        if (!isKnownScheme(text.substring(start, colon + 3)) || !isHostChar(text.codePointAt(colon + 3))) {
            return null;
        }
        int domain = domainLength(text, colon + 3, true);
        if (domain == 0) {
            return null;
        }
        int end = colon + trimEnd(text, colon, nextSpace(text, colon + 3 + domain));
        return end > colon ? new Found(start, end, text.substring(start, end)) : null;
    }

    private static boolean isKnownScheme(String scheme) {
        for (String known : SCHEMES) {
            if (known.equalsIgnoreCase(scheme)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The length of the domain starting at {@code start}, or 0 when it has an underscore in one of its last two
     * segments (or, unless {@code short} is allowed, no period). Like cmark-gfm, it skips the first and the
     * text's last character, and stops after the first non-ASCII character (it scans bytes).
     */
    private static int domainLength(String text, int start, boolean allowShort) {
        int size = text.length() - start;
        if (text.charAt(start) > 0x7F) {
            return 1; // its second byte is not a character of its own: the scan ends there
        }
        int periods = 0;
        int underscoresBefore = 0;
        int underscores = 0;
        int i = 1;
        for (; i < size - 1; i++) {
            char c = text.charAt(start + i);
            if (c == '_') {
                underscores++;
            } else if (c == '.') {
                underscoresBefore = underscores;
                underscores = 0;
                periods++;
            } else if (c > 0x7F && isHostChar(text.codePointAt(start + i))) {
                i++;
                break;
            } else if (!isHostChar(c) && c != '-') {
                break;
            }
        }
        if (underscoresBefore > 0 || underscores > 0) {
            return 0;
        }
        return allowShort || periods > 0 ? i : 0;
    }

    /**
     * The length of {@code text[base, end)} once trailing punctuation, unbalanced {@code )} and an entity-like
     * {@code &name;} are taken off, and cut at a {@code <}.
     */
    static int trimEnd(String text, int base, int end) {
        int length = end - base;
        int angle = text.indexOf('<', base);
        if (angle >= 0 && angle < end) {
            length = angle - base;
        }
        while (length > 0) {
            char last = text.charAt(base + length - 1);
            if ("?!.,:*_~'\"".indexOf(last) >= 0) {
                length--;
            } else if (last == ';') {
                int name = length - 2;
                while (name > 0 && isAsciiLetter(text.charAt(base + name))) {
                    name--;
                }
                length = name >= 0 && name < length - 2 && text.charAt(base + name) == '&' ? name : length - 1;
            } else if (last == ')' && unbalancedClosing(text, base, base + length)) {
                length--;
            } else {
                break;
            }
        }
        return length;
    }

    private static boolean unbalancedClosing(String text, int from, int to) {
        int balance = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            balance += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return balance < 0;
    }

    private static int nextSpace(String text, int from) {
        int i = from;
        while (i < text.length() && !isAsciiSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWwwBoundary(char before) {
        return "*_~(".indexOf(before) >= 0 || isAsciiSpace(before);
    }

    private static boolean isLocalPartChar(char c) {
        return isAsciiAlphanumeric(c) || ".+-_".indexOf(c) >= 0;
    }

    /** Neither a Unicode space nor punctuation (all ASCII punctuation, and Unicode's P categories). */
    private static boolean isHostChar(int c) {
        if (c < 0x80) {
            return c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r' && !isAsciiPunctuation(c);
        }
        int type = Character.getType(c);
        return type != Character.SPACE_SEPARATOR && type != Character.CONNECTOR_PUNCTUATION
                && type != Character.DASH_PUNCTUATION && type != Character.START_PUNCTUATION
                && type != Character.END_PUNCTUATION && type != Character.INITIAL_QUOTE_PUNCTUATION
                && type != Character.FINAL_QUOTE_PUNCTUATION && type != Character.OTHER_PUNCTUATION;
    }

    private static boolean isAsciiPunctuation(int c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
