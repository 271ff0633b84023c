package io.edukpi.commons.paging;

import java.util.ArrayList;
import java.util.List;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;

/**
 * The one way every list of the API is asked for: {@code page} counts from 0, {@code size} items a page.
 * Out-of-range values are refused naming the parameter, never clamped silently.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;
    /** Past this the offset would overflow; no list of ours is that long. */
    public static final int MAX_PAGE = 1_000_000;

    /** From the query parameters {@code page} and {@code size}; null means the default. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<Finding> findings = new ArrayList<>();
        if (p < 0 || p > MAX_PAGE) {
            findings.add(Finding.of(CommonMessage.PAGE_OUT_OF_RANGE, "page", MAX_PAGE).withValue(p));
        }
        if (s < 1 || s > MAX_SIZE) {
            findings.add(Finding.of(CommonMessage.SIZE_OUT_OF_RANGE, "size", MAX_SIZE).withValue(s));
        }
        if (!findings.isEmpty()) {
            throw ProblemException.invalid(findings);
        }
        return new PageRequest(p, s);
    }

    /** The index of the first item of the page. */
    public long offset() {
        return (long) page * size;
    }
}
