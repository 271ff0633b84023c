package io.edukpi.indicator.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.Criterion;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.domain.IndicatorMessage;
import io.edukpi.indicator.json.CatalogueJson;
import io.edukpi.indicator.json.FindingJson;
import io.edukpi.indicator.service.StoredCatalogue;

/** Response bodies of the catalogue API. */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    /** A whole version: summary, findings and the canonical content (flat, document order). */
    @Schema(description = "A whole catalogue version")
    public record CatalogueView(
            @Schema(description = "Identity and lifecycle") CatalogueSummary summary,
            @Schema(description = "Validation findings of the content: warnings (errors are never stored)") List<FindingJson> findings,
            @Schema(type = SchemaType.OBJECT, description = "The canonical catalogue JSON (docs/catalogue.schema.json), indicators flat in document order") JsonNode catalogue) {
        static CatalogueView of(StoredCatalogue c) {
            return new CatalogueView(CatalogueSummary.of(c), c.findings().stream().map(FindingJson::of).toList(),
                    CatalogueJson.tree(c.content()));
        }
    }

    /** The hierarchy of a version, each node with what a tree view shows. */
    @Schema(description = "The indicator hierarchy of a version")
    public record TreeView(
            @Schema(description = "Identity and lifecycle") CatalogueSummary summary,
            @Schema(description = "The top-level indicators, each with its children") List<Node> indicators) {
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

    @Schema(description = "One indicator of the hierarchy")
    public record Node(
            @Schema(description = "Indicator code", example = "3.1.3") String code,
            @Schema(description = "Name as printed (Thai)", example = IndicatorMessage.Examples.INDICATOR_NAME) String name,
            @Schema(description = "Unit as printed (Thai)", example = IndicatorMessage.Examples.UNIT) String unit,
            @Schema(description = "Weight in the parent's score", example = "0.77") BigDecimal weight,
            @Schema(description = "How the indicator is scored; null for a parent scored by its children", enumeration = {
                    "THRESHOLD", "PASS_FAIL", "MILESTONE" }, nullable = true) String criterionType,
            @Schema(description = "Where its result comes from", enumeration = { "MANUAL", "FORM",
                    "REGISTRY" }, example = "MANUAL") String resultSourceType,
            @Schema(description = "Its child indicators") List<Node> children){
    }

    /** One indicator with where it sits. */
    @Schema(description = "One indicator of a version, with where it sits")
    public record IndicatorView(
            @Schema(description = "The version's id", example = CatalogueResponses.ID_EXAMPLE, implementation = String.class, format = "uuid") UUID catalogueId,
            @Schema(description = "The version number", example = "1") int version,
            @Schema(description = "The version's lifecycle state") Catalogue.Status status,
            @Schema(description = "Codes of its ancestors, top first", example = "[\"3.1\"]") List<String> ancestors,
            @Schema(description = "Codes of its direct children", example = "[]") List<String> children,
            @Schema(description = "Validation findings about this indicator") List<FindingJson> findings,
            @Schema(type = SchemaType.OBJECT, description = "The indicator as in the canonical catalogue JSON (docs/catalogue.schema.json)") JsonNode indicator) {
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

    @Schema(description = "Where an indicator moves")
    public record MoveRequest(
            @Schema(description = "The new parent's code; null makes the indicator top-level", example = "3.1", nullable = true) String parentCode) {
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
