package org.cryopath.web.interfaces.faces.support;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The dashboard's words (the {@code msg} bundle) in the language of the current view. */
public final class Texts {

    public static final String BUNDLE = "org.cryopath.web.i18n.messages";

    private Texts() {
    }

    /** The text for {@code key}, with {@code arguments} put in its {0}, {1}... places. */
    public static String get(String key, Object... arguments) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** As {@link #get}, or the text of {@code fallbackKey} when the bundle has no {@code key}. */
    public static String getOrElse(String key, String fallbackKey, Object... arguments) {
        try {
            return get(key, arguments);
        } catch (MissingResourceException e) {
            return get(fallbackKey);
        }
    }

    /**
     * The word for a value of one of the domain's enums: the text of its type's name, lower camel case, and its
     * name ({@code CaseStatus.SCHEDULED} is {@code caseStatus.SCHEDULED}), as the views name them; the bare name
     * when the bundle has none.
     */
    public static String nameOf(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        try {
            return get(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
        } catch (MissingResourceException e) {
            return value.name();
        }
    }
}
