/** Finding patients ({@code /patient/search.xhtml}) and following their pathway ({@code /patient/timeline.xhtml}). */
package org.cryopath.web.interfaces.faces.patient;
