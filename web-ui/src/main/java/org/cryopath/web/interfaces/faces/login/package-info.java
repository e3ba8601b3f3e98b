/** Signing in ({@code /login.xhtml}). */
package org.cryopath.web.interfaces.faces.login;
