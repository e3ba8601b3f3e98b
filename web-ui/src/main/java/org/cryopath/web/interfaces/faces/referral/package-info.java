/** Referral intake views: register a referral ({@code /referral/register.xhtml}) and list them ({@code /referral/list.xhtml}). */
package org.cryopath.web.interfaces.faces.referral;
