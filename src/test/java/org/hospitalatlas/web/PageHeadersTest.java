package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageHeadersTest {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void linksAreRelativeWhateverTheHost() {
        MockHttpServletRequest request = request();
        request.addHeader("Host", "evil.example");
        request.setServerName("evil.example");
        HttpHeaders headers = PageHeaders.of(1, 10, 35);
        assertThat(headers.getFirst(HttpHeaders.LINK))
                .isEqualTo("</api/v1/hospitals?province=%E6%B9%96%E5%8C%97&size=10&page=0>; rel=\"first\", "
                        + "</api/v1/hospitals?province=%E6%B9%96%E5%8C%97&size=10&page=0>; rel=\"prev\", "
                        + "</api/v1/hospitals?province=%E6%B9%96%E5%8C%97&size=10&page=2>; rel=\"next\", "
                        + "</api/v1/hospitals?province=%E6%B9%96%E5%8C%97&size=10&page=3>; rel=\"last\"");
    }

    @Test
    void linksStartWithTheConfiguredBaseUrl() {
        MockHttpServletRequest request = request();
        request.setServerName("evil.example");
        request.setAttribute(PageHeaders.BASE_URL_ATTRIBUTE, "https://atlas.example.org");
        assertThat(PageHeaders.of(0, 10, 5).getFirst(HttpHeaders.LINK))
                .startsWith("<https://atlas.example.org/api/v1/hospitals?province=%E6%B9%96%E5%8C%97&size=10&page=0>")
                .doesNotContain("evil");
    }

    @Test
    void rawCharactersTomcatLetThroughAreEncodedOnce() {
        MockHttpServletRequest request = request();
        request.setQueryString("name=a b&page=1");
        assertThat(PageHeaders.of(1, 10, 35).getFirst(HttpHeaders.LINK)).contains("name=a%20b&page=0");
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/hospitals");
        request.setQueryString("province=%E6%B9%96%E5%8C%97&size=10&page=1");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }
}
