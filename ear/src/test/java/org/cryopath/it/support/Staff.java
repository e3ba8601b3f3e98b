package org.cryopath.it.support;

/** The demo users of the test server, one per role, with the passwords failsafe gave the server. */
public record Staff(String username, String password, String displayName) {

    public static final Staff FRONT_DESK = demo("frontdesk", "Frances Desk (demo)");
    public static final Staff CLINICIAN = demo("clinician", "Dr. Casey Clinician (demo)");
    public static final Staff ADMIN = demo("admin", "Alex Admin (demo)");

    private static Staff demo(String username, String displayName) {
        return new Staff(username, System.getProperty("it.password." + username), displayName);
    }
}
