package io.edukpi.submission.service;

import java.math.BigDecimal;

/** What a transition request may carry: a reason (return, reopen) and a reviewer's score (accept). */
public record TransitionRequest(String reason, BigDecimal reviewerScore, String reviewerReason) {
    public static final TransitionRequest NONE = new TransitionRequest(null, null, null);
}
