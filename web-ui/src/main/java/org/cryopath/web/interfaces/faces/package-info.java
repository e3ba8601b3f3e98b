/** The staff dashboard's Faces views, one package per area, each bean backing one use case. */
package org.cryopath.web.interfaces.faces;
