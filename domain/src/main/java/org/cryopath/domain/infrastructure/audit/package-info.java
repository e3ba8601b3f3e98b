/** Writing the audit log, shared by every module that changes patient data or staff accounts. */
package org.cryopath.domain.infrastructure.audit;
