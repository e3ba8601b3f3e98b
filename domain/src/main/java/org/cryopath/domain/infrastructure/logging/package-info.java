/** What log lines carry to be traced back to their request, without any patient data. */
package org.cryopath.domain.infrastructure.logging;
