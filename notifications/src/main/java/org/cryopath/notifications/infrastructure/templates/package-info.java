/** FreeMarker templates of the patient emails, per language, and the date formats patients read. */
package org.cryopath.notifications.infrastructure.templates;
