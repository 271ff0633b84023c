package io.edukpi.commons.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * One policy for JSON a client sends, in every service: numbers are decimals, never doubles (a
 * 20-digit value keeps its digits; {@code 1e400} is not infinity), and out of {@link InputLimits}
 * they are refused with their field; text with a control character is refused with its field. Trees
 * ({@link JsonNode}) keep decimals exactly as sent ({@code 80.50} stays {@code 80.50}).
 */
@Singleton
public class JsonInputPolicy implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        SimpleModule module = new SimpleModule("edukpi-input-limits");
        module.addDeserializer(String.class, new LimitedStrings());
        module.addDeserializer(BigDecimal.class, new LimitedDecimals());
        module.addDeserializer(JsonNode.class, new LimitedTrees());
        mapper.registerModule(module);
    }

    /**
     * A number the parser cannot even hold ({@code 1E+2147483648}) is out of range too; anything else
     * goes on as the error it is.
     */
    static IOException unreadableNumber(JsonParser parser, Exception e) throws IOException {
        if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
            String text = parser.getText();
            return new RefusedInputException(parser, CommonMessage.NUMBER_OUT_OF_RANGE
                    .at(path(parser), InputLimits.MAX_EXPONENT, InputLimits.MAX_PRECISION).withValue(text));
        }
        if (e instanceof IOException io) {
            return io;
        }
        throw (RuntimeException) e;
    }

    /** Where the parser stands, as problem bodies name fields: {@code records[2].houseCode}. */
    static String path(JsonParser parser) {
        StringBuilder out = new StringBuilder();
        for (JsonPointer pointer = parser.getParsingContext().pathAsPointer(); pointer != null
                && !pointer.matches(); pointer = pointer.tail()) {
            if (pointer.getMatchingIndex() >= 0) {
                out.append('[').append(pointer.getMatchingIndex()).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(pointer.getMatchingProperty());
            }
        }
        return out.toString();
    }

    private static final class LimitedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            var refused = InputLimits.text(value, path(parser));
            if (refused.isPresent()) {
                throw new RefusedInputException(parser, refused.get());
            }
            return value;
        }
    }

    private static final class LimitedDecimals extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value;
            try {
                value = super.deserialize(parser, context);
            } catch (JsonProcessingException | NumberFormatException e) {
                throw unreadableNumber(parser, e);
            }
            var refused = InputLimits.number(value, path(parser));
            if (refused.isPresent()) {
                throw new RefusedInputException(parser, refused.get());
            }
            return value;
        }
    }

    /** Free-form JSON (forms, evaluation trees, explanations) under the same limits, checked after reading. */
    private static final class LimitedTrees extends StdDeserializer<JsonNode> {
        LimitedTrees() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String base = path(parser);
            JsonNode tree;
            try {
                tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(parser, context);
            } catch (JsonProcessingException | NumberFormatException e) {
                throw unreadableNumber(parser, e);
            }
            check(parser, tree, base);
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return context.getNodeFactory().nullNode();
        }

        private static void check(JsonParser parser, JsonNode tree, String path) throws RefusedInputException {
            List<Finding> refused = InputLimits.refusals(tree, path);
            if (!refused.isEmpty()) {
                throw new RefusedInputException(parser, refused.get(0));
            }
        }
    }
}
