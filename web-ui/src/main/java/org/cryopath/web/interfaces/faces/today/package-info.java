/** The today board, the landing page of the front desk and the clinicians ({@code /today/board.xhtml}). */
package org.cryopath.web.interfaces.faces.today;
