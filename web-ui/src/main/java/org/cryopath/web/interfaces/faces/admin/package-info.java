/** The clinic administrator's views: staff accounts ({@code /admin/users.xhtml}) and the audit log ({@code /admin/audit.xhtml}). */
package org.cryopath.web.interfaces.faces.admin;
