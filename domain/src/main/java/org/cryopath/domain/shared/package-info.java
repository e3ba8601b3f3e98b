/**
 * Value objects and errors shared by every aggregate: email addresses, phone numbers, names, and the domain
 * exception that carries a message key and the field at fault.
 */
package org.cryopath.domain.shared;
