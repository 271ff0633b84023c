package io.edukpi.scoring.rest;

import java.math.BigDecimal;

import io.edukpi.scoring.domain.EvaluationTree;
import io.edukpi.scoring.domain.InvalidScoringInputException;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.service.WhatIfService;

/** The what-if's query parameters, checked before anything is read: 400 naming the parameter. */
final class WhatIfQuery {

    private WhatIfQuery() {
    }

    static WhatIfService.Question question(String indicator, String targetTotal, String targetBand) {
        if (blank(indicator)) {
            throw InvalidScoringInputException.of(ScoringMessage.INDICATOR_CODE_REQUIRED.at("indicator"));
        }
        if (blank(targetTotal) == blank(targetBand)) {
            throw InvalidScoringInputException.of(ScoringMessage.WHAT_IF_ONE_TARGET.at("targetTotal"));
        }
        if (blank(targetTotal)) {
            return new WhatIfService.Question(indicator, null, targetBand);
        }
        BigDecimal total;
        try {
            total = new BigDecimal(targetTotal.trim());
        } catch (NumberFormatException e) {
            throw InvalidScoringInputException.of(ScoringMessage.NOT_A_NUMBER.at("targetTotal", targetTotal));
        }
        EvaluationTree.requireOnScale(total, "targetTotal");
        return new WhatIfService.Question(indicator, total, null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
