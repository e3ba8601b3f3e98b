package org.cryopath.domain.shared;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A person's given and family names, as they want to be addressed. */
@Embeddable
@Access(AccessType.FIELD)
public class PersonName {

    public static final int MAX_LENGTH = 100;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

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

    /** Same person name regardless of case and spacing: how duplicate checks compare names (by their keys). */
    public boolean sameAs(PersonName other) {
        return other != null && givenKey().equals(other.givenKey()) && familyKey().equals(other.familyKey());
    }

    /** The given name as searches and duplicate checks compare it: see {@link #key}. */
    public String givenKey() {
        return key(given);
    }

    /** The family name as searches and duplicate checks compare it: see {@link #key}. */
    public String familyKey() {
        return key(family);
    }

    /**
     * A name or the start of one as CryoPath compares names: trimmed, runs of white space as one space, lower case
     * (locale-independent). Stored beside the name and indexed, so a look-up compares a column to a value instead of
     * wrapping every row's name in a function: a write transaction then reads only the rows with that key, never
     * rows other transactions are inserting.
     */
    public static String key(String name) {
        return name == null ? null : WHITE_SPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
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
