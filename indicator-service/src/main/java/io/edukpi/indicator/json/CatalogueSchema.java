package io.edukpi.indicator.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.edukpi.commons.message.Finding;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.IndicatorMessage;

/**
 * Checks a catalogue against docs/catalogue.schema.json (copied onto the classpath by the build), so no
 * version that breaks the published contract is ever stored or announced on catalogue.published.
 */
public final class CatalogueSchema {

    private static final Pattern INDICATOR_INDEX = Pattern.compile("^indicators\\[(\\d+)]");
    private static final JsonSchema SCHEMA = load();

    private CatalogueSchema() {
    }

    public static List<Finding> check(Catalogue catalogue) {
        JsonNode tree = CatalogueJson.tree(catalogue);
        return SCHEMA.validate(tree).stream()
                .sorted(Comparator.comparing(m -> m.getInstanceLocation().toString()))
                .map(m -> finding(m, catalogue))
                .distinct()
                .toList();
    }

    private static Finding finding(ValidationMessage m, Catalogue catalogue) {
        String path = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
        Matcher index = INDICATOR_INDEX.matcher(path);
        if (index.find()) {
            int n = Integer.parseInt(index.group(1));
            String code = n < catalogue.indicators().size() ? catalogue.indicators().get(n).code() : null;
            if (code != null && !code.isBlank()) {
                path = "indicators[" + code + "]" + path.substring(index.end());
            }
        }
        String message = m.getMessage().replaceFirst("^\\$[^:]*: ", "");
        // The schema keyword names the rule broken: the code is the validator's, the text ours.
        return Finding.external("schema-" + m.getType(), path, IndicatorMessage.SCHEMA_VIOLATION.text(message));
    }

    private static JsonSchema load() {
        try (InputStream in = CatalogueSchema.class.getClassLoader().getResourceAsStream("schemas/catalogue.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schemas/catalogue.schema.json is not on the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
