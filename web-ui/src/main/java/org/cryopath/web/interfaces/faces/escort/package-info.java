/** The front desk's escort worklist: sessions whose escort is not confirmed, the calls to the patient, phone answers. */
package org.cryopath.web.interfaces.faces.escort;
