package org.cryopath.web.interfaces.rest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The API's words: the English (base) messages bundle, whatever the server's default locale. Domain errors are
 * described by their message keys, as on the dashboard.
 */
final class ApiTexts {

    /** The dashboard's bundle: API messages and domain error messages live beside the pages' words. */
    private static final String BUNDLE = "org.cryopath.web.i18n.messages";
    private static final ResourceBundle.Control BASE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ApiTexts() {
    }

    static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ApiTexts.class.getClassLoader(),
                BASE_ONLY);
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
    }

    /** The text of {@code key}, or of {@code fallbackKey} when the bundle has no {@code key}. */
    static String getOrElse(String key, String fallbackKey, Object... arguments) {
        try {
            return get(key, arguments);
        } catch (MissingResourceException e) {
            return get(fallbackKey);
        }
    }
}
