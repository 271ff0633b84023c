package io.edukpi.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jakarta.ws.rs.core.UriBuilder;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.problem.ProblemException;

class PageTest {

    @Test
    void countsPagesAndLinksFirstPrevNextLast() {
        Page<String> page = Page.of(List.of("c", "d"), PageRequest.of(1, 2), 5);
        assertEquals(3, page.totalPages());
        assertEquals(2, PageRequest.of(1, 2).offset());
        String links = page.links(UriBuilder.fromUri("http://gw/api/v1/things?kind=A&page=1&size=2"));
        assertEquals("<http://gw/api/v1/things?kind=A&page=0&size=2>; rel=\"first\", "
                + "<http://gw/api/v1/things?kind=A&page=2&size=2>; rel=\"last\", "
                + "<http://gw/api/v1/things?kind=A&page=0&size=2>; rel=\"prev\", "
                + "<http://gw/api/v1/things?kind=A&page=2&size=2>; rel=\"next\"", links);
    }

    @Test
    void anEmptyListHasNoPagesAndNoLinks() {
        Page<String> page = Page.of(List.of(), PageRequest.of(null, null), 0);
        assertEquals(0, page.totalPages());
        assertEquals(20, page.size());
        assertEquals("", page.links(UriBuilder.fromUri("http://gw/x")));
    }

    @Test
    void refusesNegativePagesAndSizesOutOfRangeNamingTheParameter() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(-1, 501));
        assertEquals(400, e.status());
        assertEquals(List.of("page", "size"), e.findings().stream().map(f -> f.field()).toList());
        assertEquals(List.of("page-out-of-range", "size-out-of-range"), e.findings().stream().map(f -> f.code()).toList());
        assertThrows(ProblemException.class, () -> PageRequest.of(0, 0));
    }
}
