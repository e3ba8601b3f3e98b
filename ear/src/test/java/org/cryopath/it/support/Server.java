package org.cryopath.it.support;

import java.net.URI;

/** Where the test server answers. */
public final class Server {

    private Server() {
    }

    public static int httpPort() {
        return Integer.getInteger("it.httpPort", 28080);
    }

    /** A page or resource of the CryoPath web module, e.g. {@code referral/list.xhtml}. */
    public static URI cryopath(String path) {
        return URI.create("http://localhost:" + httpPort() + "/cryopath/" + path);
    }

    /** An endpoint of the test probe, e.g. {@code outbox/dispatch}. */
    public static URI probe(String path) {
        return URI.create("http://localhost:" + httpPort() + "/" + CryoPathDeployment.PROBE_CONTEXT + "/" + path);
    }
}
