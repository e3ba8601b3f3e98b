/** The frame of every page: top bar, menu by role, language switch, sign-out. */
package org.cryopath.web.interfaces.faces.shell;
