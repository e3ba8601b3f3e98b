package org.cryopath.domain.model.patient;

import java.util.Locale;

/** The languages CryoPath writes to patients in. Adding one means adding its bundles and mail templates. */
public enum Language {
    EN(Locale.ENGLISH),
    ES(Locale.forLanguageTag("es"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language CryoPath speaks that is closest to {@code locale}: Spanish for any Spanish, else English. */
    public static Language closestTo(Locale locale) {
        return locale != null && ES.locale.getLanguage().equals(locale.getLanguage()) ? ES : EN;
    }
}
