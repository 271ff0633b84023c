package io.edukpi.indicator.json;

import static io.edukpi.indicator.domain.IndicatorMessage.ELEMENT_NOT_AN_OBJECT;
import static io.edukpi.indicator.domain.IndicatorMessage.INDICATOR_NOT_AN_OBJECT;
import static io.edukpi.indicator.domain.IndicatorMessage.INVALID_CATALOGUE_JSON;
import static io.edukpi.indicator.domain.IndicatorMessage.MALFORMED_JSON;
import static io.edukpi.indicator.domain.IndicatorMessage.NOT_AN_OBJECT;
import static io.edukpi.indicator.domain.IndicatorMessage.WRONG_SHAPE;
import static io.edukpi.indicator.domain.IndicatorMessage.YEAR_MISMATCH;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.json.InputLimits;
import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.Criterion;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.domain.ResultSource;

/**
 * The canonical JSON of docs/catalogue.schema.json, both ways. Its own mapper (not the application's)
 * so the bytes, and therefore the content hash, never depend on application configuration.
 */
public final class CatalogueJson {

    /** Fields an export adds around the content; an import ignores them (fiscalYearBe is checked). */
    public static final List<String> EXPORT_ONLY = List.of("catalogueId", "version", "status", "publishedAt", "fiscalYearBe");

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Criterion.Threshold.class, name = "THRESHOLD"),
            @JsonSubTypes.Type(value = Criterion.PassFail.class, name = "PASS_FAIL"),
            @JsonSubTypes.Type(value = Criterion.Milestone.class, name = "MILESTONE") })
    private interface CriterionMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ResultSource.Manual.class, name = "MANUAL"),
            @JsonSubTypes.Type(value = ResultSource.Form.class, name = "FORM"),
            @JsonSubTypes.Type(value = ResultSource.Registry.class, name = "REGISTRY") })
    private interface ResultSourceMixin {
    }

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addMixIn(Criterion.class, CriterionMixin.class)
            .addMixIn(ResultSource.class, ResultSourceMixin.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private CatalogueJson() {
    }

    /** Compact canonical bytes of the content: what contentHash is computed over. */
    public static byte[] canonicalBytes(Catalogue catalogue) {
        try {
            return MAPPER.writeValueAsBytes(catalogue);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A catalogue always serialises", e);
        }
    }

    public static String contentHash(Catalogue catalogue) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes(catalogue)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Any part of a catalogue as compact JSON text (a spreadsheet cell holding a nested structure). */
    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Catalogue content always serialises", e);
        }
    }

    public static ObjectNode tree(Catalogue catalogue) {
        return MAPPER.valueToTree(catalogue);
    }

    public static <T> T convert(JsonNode node, Class<T> type, String pathPrefix) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw invalid(e, pathPrefix);
        }
    }

    /** Reads an uploaded or seeded catalogue; malformed text or a wrong shape answers 400 with paths. */
    public static Catalogue read(byte[] body) {
        ObjectNode object = readObject(body);
        JsonNode be = object.get("fiscalYearBe");
        JsonNode ce = object.get("fiscalYear");
        if (be != null && !be.isNull() && ce != null && ce.canConvertToInt()
                && be.asInt() != FiscalYear.toBuddhist(ce.asInt())) {
            throw ProblemException.invalid(
                    List.of(YEAR_MISMATCH.at("fiscalYearBe", FiscalYear.toBuddhist(ce.asInt()), ce.asInt())));
        }
        EXPORT_ONLY.forEach(object::remove);
        // Lists of objects with a null or a number among them would reach the validator as nulls.
        List<Finding> notObjects = new ArrayList<>();
        for (String list : List.of("indicators", "bands", "rounds")) {
            JsonNode elements = object.path(list);
            for (int n = 0; elements.isArray() && n < elements.size(); n++) {
                if (!elements.get(n).isObject()) {
                    notObjects.add(list.equals("indicators") ? INDICATOR_NOT_AN_OBJECT.at("indicators[" + n + "]", n)
                            : ELEMENT_NOT_AN_OBJECT.at(list + "[" + n + "]", list, n));
                }
            }
        }
        if (!notObjects.isEmpty()) {
            throw ProblemException.invalid(notObjects);
        }
        return convert(object, Catalogue.class, "");
    }

    /**
     * A request body that must be one JSON object (a catalogue, an indicator), within commons' input
     * limits: this mapper is not the application's, so its policy is applied here.
     */
    public static ObjectNode readObject(byte[] body) {
        JsonNode node;
        try (JsonParser parser = MAPPER.createParser(body)) {
            node = readTree(parser, body);
        } catch (IOException e) {
            throw invalid(e, "");
        }
        if (node == null || !node.isObject()) {
            throw ProblemException.invalid(NOT_AN_OBJECT.text(), List.of(NOT_AN_OBJECT.at("")));
        }
        List<Finding> refused = TreeLimits.refusals(node, "");
        if (!refused.isEmpty()) {
            throw ProblemException.invalid(refused);
        }
        return (ObjectNode) node;
    }

    /** A number the parser cannot even hold as a decimal ({@code 1E+2147483648}) is out of range, at its field. */
    private static JsonNode readTree(JsonParser parser, byte[] body) throws IOException {
        try {
            return MAPPER.readTree(parser);
        } catch (JsonProcessingException | NumberFormatException e) {
            if (parser.currentToken() == null || !parser.currentToken().isNumeric()) {
                throw e;
            }
            String field = namedPath(body, parser.getParsingContext().pathAsPointer());
            throw ProblemException.invalid(List.of(CommonMessage.NUMBER_OUT_OF_RANGE
                    .at(field, InputLimits.MAX_EXPONENT, InputLimits.MAX_PRECISION).withValue(parser.getText())));
        }
    }

    /**
     * The parser's place as the validator names fields. The indicator's code comes from a second reading
     * with floats as doubles (an overflowing exponent is then infinity, not an error); only on this path.
     */
    private static String namedPath(byte[] body, JsonPointer pointer) {
        JsonNode at;
        try {
            at = MAPPER.reader().without(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        } catch (IOException | RuntimeException e) {
            at = MissingNode.getInstance();
        }
        String path = "";
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            int index = p.getMatchingIndex();
            if (index >= 0 && (at.isArray() || at.isMissingNode())) {
                path = path + "[" + TreeLimits.element(path, at.path(index), index) + "]";
                at = at.path(index);
            } else {
                path = path.isEmpty() ? p.getMatchingProperty() : path + "." + p.getMatchingProperty();
                at = at.path(p.getMatchingProperty());
            }
        }
        return path;
    }

    /** The canonical JSON with the version's identity in front (ignored again by {@link #read}). */
    public static byte[] exportBytes(Catalogue content, UUID catalogueId, int version, Catalogue.Status status,
            OffsetDateTime publishedAt) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("catalogueId", catalogueId.toString());
        out.put("version", version);
        out.put("status", status.name());
        out.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        out.put("fiscalYear", content.fiscalYear());
        out.put("fiscalYearBe", content.fiscalYearBe());
        ObjectNode fields = tree(content);
        fields.remove("fiscalYear");
        out.setAll(fields);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ProblemException invalid(Exception e, String pathPrefix) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        message = message == null ? "not valid" : message.lines().findFirst().orElse(message);
        Finding finding = (e instanceof JsonParseException ? MALFORMED_JSON : WRONG_SHAPE).at(pathPrefix + path(e), message);
        if (e instanceof JsonProcessingException j && j.getLocation() != null && j.getLocation().getLineNr() > 0) {
            finding = finding.atLine(j.getLocation().getLineNr(), j.getLocation().getColumnNr());
        }
        return ProblemException.invalid(INVALID_CATALOGUE_JSON.text(message), List.of(finding));
    }

    private static String path(Exception e) {
        if (!(e instanceof JsonMappingException m)) {
            return "";
        }
        return m.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    /** A JSON object for an indicator, used by the REST layer for single-indicator bodies. */
    public static Indicator readIndicator(JsonNode node) {
        return convert(node, Indicator.class, "");
    }
}
