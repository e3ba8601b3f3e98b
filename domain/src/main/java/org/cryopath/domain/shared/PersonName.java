package org.cryopath.domain.shared;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person's given and family names, as they want to be addressed. */
@Embeddable
@Access(AccessType.FIELD)
public class PersonName {

    public static final int MAX_LENGTH = 100;

    @Column(name = "GIVEN_NAME", length = MAX_LENGTH)
    private String given;

    @Column(name = "FAMILY_NAME", length = MAX_LENGTH)
    private String family;

    protected PersonName() {
    }

    private PersonName(String given, String family) {
        this.given = given;
        this.family = family;
    }

    /** Field names are those of the form: {@code givenName} and {@code familyName} under {@code prefix}. */
    public static PersonName of(String given, String family, String prefix) {
        return new PersonName(
                Require.text(given, prefix + "givenName", MAX_LENGTH),
                Require.text(family, prefix + "familyName", MAX_LENGTH));
    }

    public static PersonName of(String given, String family) {
        return of(given, family, "");
    }

    public String given() {
        return given;
    }

    public String family() {
        return family;
    }

    /** "Family, Given": how lists and worklists sort and show people. */
    public String sortable() {
        return family + ", " + given;
    }

    /** "Given Family": how a letter addresses someone. */
    public String display() {
        return given + " " + family;
    }

    /** Same person name regardless of case and surrounding spaces: how duplicate checks compare names. */
    public boolean sameAs(PersonName other) {
        return other != null && given.equalsIgnoreCase(other.given) && family.equalsIgnoreCase(other.family);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName that && Objects.equals(given, that.given) && Objects.equals(family, that.family);
    }

    @Override
    public int hashCode() {
        return Objects.hash(given, family);
    }

    /** Redacted: a name is patient data and must never reach a log by accident. Use {@link #display()}. */
    @Override
    public String toString() {
        return "PersonName[***]";
    }
}
