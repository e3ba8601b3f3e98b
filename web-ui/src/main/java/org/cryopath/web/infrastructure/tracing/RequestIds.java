package org.cryopath.web.infrastructure.tracing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cryopath.domain.infrastructure.logging.RequestId;

/**
 * Gives every request an id that the log lines about it carry (an expected conflict, an incident) and that the
 * response names in {@code X-Request-Id}, so a caller reporting a problem can point at the log. A calling system may
 * send its own id in the same header (letters, digits, {@code . _ -}, at most 64), to follow a request across systems.
 */
@WebFilter(filterName = "requestIds", urlPatterns = "/*")
public class RequestIds extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String sent = request.getHeader(HEADER);
        String id = sent != null && ACCEPTED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        RequestId.set(id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestId.clear();
        }
    }
}
