/** What every Faces view shares: domain errors shown on their fields, clinic time formatting. */
package org.cryopath.web.interfaces.faces.support;
