package io.edukpi.indicator.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.Criterion;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.json.CatalogueJson;
import io.edukpi.indicator.json.FindingJson;
import io.edukpi.indicator.service.StoredCatalogue;

/** Response bodies of the catalogue API. */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    /** A whole version: summary, findings and the canonical content (flat, document order). */
    public record CatalogueView(CatalogueSummary summary, List<FindingJson> findings, JsonNode catalogue) {
        static CatalogueView of(StoredCatalogue c) {
            return new CatalogueView(CatalogueSummary.of(c), c.findings().stream().map(FindingJson::of).toList(),
                    CatalogueJson.tree(c.content()));
        }
    }

    /** The hierarchy of a version, each node with what a tree view shows. */
    public record TreeView(CatalogueSummary summary, List<Node> indicators) {
        static TreeView of(StoredCatalogue c) {
            return new TreeView(CatalogueSummary.of(c), nodes(c.content(), null));
        }

        private static List<Node> nodes(Catalogue c, String parent) {
            List<Node> out = new ArrayList<>();
            for (Indicator i : c.indicators()) {
                boolean child = parent == null ? i.parentCode() == null || c.indicator(i.parentCode()).isEmpty()
                        : parent.equals(i.parentCode());
                if (child) {
                    out.add(new Node(i.code(), i.name(), i.unit(), i.weight(), criterionType(i.criterion()),
                            i.effectiveResultSource().getClass().getSimpleName().toUpperCase(Locale.ROOT),
                            nodes(c, i.code())));
                }
            }
            return out;
        }
    }

    public record Node(String code, String name, String unit, BigDecimal weight, String criterionType,
            String resultSourceType, List<Node> children) {
    }

    /** One indicator with where it sits. */
    public record IndicatorView(UUID catalogueId, int version, Catalogue.Status status, List<String> ancestors,
            List<String> children, List<FindingJson> findings, JsonNode indicator) {
        static IndicatorView of(StoredCatalogue c, Indicator i) {
            List<String> ancestors = new ArrayList<>();
            String parent = i.parentCode();
            while (parent != null && !ancestors.contains(parent) && c.content().indicator(parent).isPresent()) {
                ancestors.add(0, parent);
                parent = c.content().indicator(parent).get().parentCode();
            }
            String prefix = "indicators[" + i.code() + "]";
            return new IndicatorView(c.id(), c.version(), c.status(), ancestors,
                    c.content().children(i.code()).stream().map(Indicator::code).toList(),
                    c.findings().stream().filter(f -> f.field().startsWith(prefix)).map(FindingJson::of).toList(),
                    CatalogueJson.MAPPER.valueToTree(i));
        }
    }

    public record PageView<T>(List<T> items, int page, int size, long total) {
    }

    public record MoveRequest(String parentCode) {
    }

    private static String criterionType(Criterion c) {
        if (c instanceof Criterion.Threshold) {
            return "THRESHOLD";
        }
        if (c instanceof Criterion.PassFail) {
            return "PASS_FAIL";
        }
        return c instanceof Criterion.Milestone ? "MILESTONE" : null;
    }
}
