/**
 * The REST API for other systems (referral intake at {@code /api/v1/referrals}): JSON in and out, HTTP Basic with a
 * staff account, an Idempotency-Key on every POST, and an RFC 9457 problem document for every error.
 */
package org.cryopath.web.interfaces.rest;
