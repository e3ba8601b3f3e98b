/** Pages patients open from their emails (no login): the link's purpose decides what they can do. */
package org.cryopath.web.interfaces.link;
