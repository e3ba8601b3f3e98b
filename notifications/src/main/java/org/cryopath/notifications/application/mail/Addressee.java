package org.cryopath.notifications.application.mail;

import java.util.Objects;

/** How an email greets the patient. */
public record Addressee(String givenName, String familyName) {

    public Addressee {
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
    }
}
