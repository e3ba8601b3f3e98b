/**
 * What every Faces view shares: domain errors shown on their fields and tied to them for screen readers, global
 * messages announced, clinic time formatting, paged lists.
 */
package org.cryopath.web.interfaces.faces.support;
