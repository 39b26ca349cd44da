package io.tapeflow.sinks.mongo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides passwords in connection URIs before they reach a log line, an exception, a job name or the web UI.
 *
 * <p>{@code mongodb://user:secret@host/db} becomes {@code mongodb://user:***@host/db}; query parameters that carry
 * secrets ({@code password=}, {@code secret=}, {@code token=}, {@code authMechanismProperties=}, ...) keep their name
 * and lose their value. It errs on the side of hiding too much: the user-info ends at the LAST {@code @}, so an
 * unescaped {@code @} or {@code /} inside a password is still hidden.
 */
public final class UriRedactor {
    public static final String MASK = "***";

    // Redacts to the next '&' or ';' (not '#', '?' or '@'): a raw '#' or '@' inside a password must not leak its tail.
    private static final Pattern SECRET_PARAM = Pattern.compile(
            "(?i)([?&;][a-z0-9_.\\-]*(?:password|passwd|pwd|secret|token|apikey|api_key|credential"
                    + "|authmechanismproperties)[a-z0-9_.\\-]*=)[^&;]*");
    private static final Pattern URI_IN_TEXT = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*://\\S+");

    private UriRedactor() {}

    /** The URI with every password replaced by {@link #MASK}; null stays null. */
    public static String redact(String uri) {
        if (uri == null) {
            return null;
        }
        // Query first: once its secrets are masked, the last '@' left is the user-info separator.
        String s = SECRET_PARAM.matcher(uri).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        int schemeEnd = s.indexOf("://");
        if (schemeEnd < 0) {
            return s;
        }
        int start = schemeEnd + 3;
        int at = s.lastIndexOf('@');
        if (at <= start) {
            return s;
        }
        int colon = s.indexOf(':', start);
        if (colon < 0 || colon > at) {
            return s; // user without password
        }
        return s.substring(0, colon + 1) + MASK + s.substring(at);
    }

    /** Redacts every URI found in free text, e.g. an exception message. */
    public static String redactIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = URI_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(redact(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
