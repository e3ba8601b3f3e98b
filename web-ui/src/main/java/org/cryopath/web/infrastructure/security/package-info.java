/**
 * Who may use CryoPath: the authentication mechanism (form login for pages, HTTP Basic for the API), the database
 * identity store, and the security headers of every response.
 */
package org.cryopath.web.infrastructure.security;
