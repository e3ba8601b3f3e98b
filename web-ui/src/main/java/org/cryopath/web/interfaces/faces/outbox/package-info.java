/** The outbox monitor ({@code /outbox/monitor.xhtml}): where staff watch patient email and act on failures. */
package org.cryopath.web.interfaces.faces.outbox;
