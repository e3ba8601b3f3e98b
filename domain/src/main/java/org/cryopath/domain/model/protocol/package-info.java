/** The clinic's preparation protocol as versioned data: medication rules, fasting, arrival, patient texts. */
package org.cryopath.domain.model.protocol;
