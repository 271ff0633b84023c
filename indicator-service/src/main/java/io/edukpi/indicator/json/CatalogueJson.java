package io.edukpi.indicator.json;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.edukpi.commons.problem.ProblemError;
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
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            throw invalid(e, "");
        }
        if (node == null || !node.isObject()) {
            throw ProblemException.invalid("The body is not a JSON object (a catalogue).",
                    "ข้อมูลที่ส่งมาไม่ใช่ออบเจกต์ JSON ของชุดตัวชี้วัด",
                    List.of(ProblemError.field("", "not-an-object", "expected a JSON object", "ต้องเป็นออบเจกต์ JSON")));
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode be = object.get("fiscalYearBe");
        JsonNode ce = object.get("fiscalYear");
        if (be != null && !be.isNull() && ce != null && ce.canConvertToInt()
                && be.asInt() != ce.asInt() + Catalogue.BUDDHIST_ERA_OFFSET) {
            throw ProblemException.invalid("fiscalYearBe does not match fiscalYear.", "ปีงบประมาณ พ.ศ. ไม่ตรงกับ ค.ศ.",
                    List.of(ProblemError.field("fiscalYearBe", "year-mismatch",
                            "fiscalYearBe must be fiscalYear + 543 (" + (ce.asInt() + 543) + ")",
                            "ปี พ.ศ. ต้องเท่ากับ ปี ค.ศ. + 543 (" + (ce.asInt() + 543) + ")")));
        }
        EXPORT_ONLY.forEach(object::remove);
        return convert(object, Catalogue.class, "");
    }

    static ProblemException invalid(Exception e, String pathPrefix) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        message = message == null ? "not valid" : message.lines().findFirst().orElse(message);
        ProblemError error = ProblemError.field(pathPrefix + path(e), e instanceof com.fasterxml.jackson.core.JsonParseException
                ? "malformed-json"
                : "wrong-shape", message,
                "ข้อมูล JSON ไม่ถูกต้องตามรูปแบบของชุดตัวชี้วัด");
        if (e instanceof JsonProcessingException j && j.getLocation() != null && j.getLocation().getLineNr() > 0) {
            error = error.at(j.getLocation().getLineNr(), j.getLocation().getColumnNr());
        }
        return ProblemException.invalid("The catalogue JSON is not valid: " + message,
                "ข้อมูล JSON ของชุดตัวชี้วัดไม่ถูกต้อง", List.of(error));
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
