/** Tracing requests through the log: the request id every response names and every log line about it carries. */
package org.cryopath.web.infrastructure.tracing;
