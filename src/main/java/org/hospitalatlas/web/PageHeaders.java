package org.hospitalatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Paging headers for list answers: RFC 8288 {@code Link} (first, prev, next, last — the request's own path and
 * query with another {@code page}) and {@code X-Total-Count}, so a CSV download keeps its totals too. The links
 * are relative, which a client resolves against the address it asked (right behind any proxy), or start with the
 * configured {@code hospital-atlas.http.base-url}; never with the request's {@code Host}, which a client chooses
 * and a shared cache would pass on to everyone (these answers are marked public).
 */
public final class PageHeaders {

    public static final String TOTAL_COUNT = "X-Total-Count";
    /** Longer {@code Link} headers are left out; the body still gives page, size and totals. */
    static final int MAX_LINK_LENGTH = 4096;
    /** Request attribute holding the configured base URL (no trailing slash), when there is one. */
    static final String BASE_URL_ATTRIBUTE = PageHeaders.class.getName() + ".baseUrl";

    private PageHeaders() {}

    public static <T> ResponseEntity<PagedResponse<T>> ok(PagedResponse<T> page) {
        return ResponseEntity.ok()
                .headers(of(page.page(), page.size(), page.totalItems()))
                .body(page);
    }

    public static HttpHeaders of(int page, int size, long totalItems) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(TOTAL_COUNT, Long.toString(totalItems));
        int last = size <= 0 || totalItems == 0 ? 0 : (int) ((totalItems - 1) / size);
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return headers;
        }
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, "first"));
        if (page > 0) {
            links.add(link(request, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(request, page + 1, "next"));
        }
        links.add(link(request, last, "last"));
        String link = String.join(", ", links);
        if (link.length() <= MAX_LINK_LENGTH) {
            // each link repeats the request's URL: a very long query would overflow Tomcat's header buffer (a 500)
            headers.set(HttpHeaders.LINK, link);
        }
        return headers;
    }

    private static String link(HttpServletRequest request, int page, String relation) {
        UriComponentsBuilder url = UriComponentsBuilder.newInstance()
                .path(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page);
        String target;
        try {
            target = url.build(true).toUriString();
        } catch (IllegalArgumentException notEncoded) {
            // the client sent characters raw that Tomcat let through: encode them once here
            target = url.build().encode().toUriString();
        }
        Object base = request.getAttribute(BASE_URL_ATTRIBUTE);
        return "<" + (base == null ? "" : base) + target + ">; rel=\"" + relation + "\"";
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
