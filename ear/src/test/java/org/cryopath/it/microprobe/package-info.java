/**
 * The test probe's wiring inside the Micro WAR: its JAX-RS application under {@code /it-probe} and its role header,
 * in place of the probe module the EAR gets.
 */
package org.cryopath.it.microprobe;
