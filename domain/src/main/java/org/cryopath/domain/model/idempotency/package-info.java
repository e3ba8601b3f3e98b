/**
 * Requests that must take effect once: what the clinic remembers of a request sent with an Idempotency-Key, so a
 * retried call finds the referral the first one created instead of creating another.
 */
package org.cryopath.domain.model.idempotency;
