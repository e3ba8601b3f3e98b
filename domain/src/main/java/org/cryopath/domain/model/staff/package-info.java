/** Staff accounts: who may sign in, with which roles, and how repeated wrong passwords lock an account. */
package org.cryopath.domain.model.staff;
