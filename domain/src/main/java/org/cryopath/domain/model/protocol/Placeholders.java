package org.cryopath.domain.model.protocol;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cryopath.domain.shared.DomainException;

/**
 * The {@code {name}} placeholders of the protocol's patient texts, checked when an administrator saves them: a text
 * may use only the placeholders its kind of text fills in ({@code {hours}} in a fasting text, {@code {days}} in a
 * medicine's instruction...), so a misspelt or unknown one is refused on its field and never reaches a patient
 * verbatim. A brace without its pair is refused too.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private Placeholders() {
    }

    /**
     * The text, if every placeholder in it is one of {@code allowed}.
     *
     * @param allowed names without braces, e.g. {@code days}
     */
    static String check(String text, String field, Set<String> allowed) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!allowed.contains(name)) {
                String placeholder = "{" + name + "}";
                if (allowed.isEmpty()) {
                    throw DomainException.invalid(field, "protocol.placeholder.none", placeholder);
                }
                throw DomainException.invalid(field, "protocol.placeholder.unknown", placeholder, listed(allowed));
            }
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            throw DomainException.invalid(field, "protocol.placeholder.unpaired");
        }
        return text;
    }

    /** "{days}, {name}": the placeholders a text may use, for the message. */
    private static String listed(Set<String> allowed) {
        return String.join(", ", new TreeSet<>(allowed).stream().map(name -> "{" + name + "}").toList());
    }
}
