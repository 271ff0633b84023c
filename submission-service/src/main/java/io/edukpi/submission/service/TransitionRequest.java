package io.edukpi.submission.service;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.submission.domain.SubmissionMessage.Examples;

/** What a transition request may carry: a reason (return, reopen) and a reviewer's score (accept). */
public record TransitionRequest(
        @Schema(description = "Why the result is returned or reopened (required for those steps)", example = Examples.REASON) String reason,
        @Schema(description = "accept only: the reviewer's fractional score of a MILESTONE indicator (1-5)", example = "3.5") BigDecimal reviewerScore,
        @Schema(description = "accept only: why the reviewer gives that score") String reviewerReason) {
    public static final TransitionRequest NONE = new TransitionRequest(null, null, null);
}
