/** The preparation plan: a patient's dated instructions before treatment, versioned and acknowledged. */
package org.cryopath.domain.model.preparation;
