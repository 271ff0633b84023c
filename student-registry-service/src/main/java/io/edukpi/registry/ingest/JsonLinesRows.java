package io.edukpi.registry.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.json.RefusedInputException;
import io.edukpi.registry.domain.RegistryMessage;

/**
 * Streams a JSON Lines file: one JSON object per line, its keys the column names. The header given
 * to the listener is the list of keys the mapping expects; keys outside it make the row an
 * "extra columns" row, as a CSV row with more cells than the header.
 */
public final class JsonLinesRows {

    private JsonLinesRows() {
    }

    public static void read(Path file, String[] expectedKeys, ObjectMapper mapper, RowListener listener)
            throws IOException {
        boolean complete = FileSniffer.endsWithNewline(file);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < expectedKeys.length; i++) {
            index.put(expectedKeys[i], i);
        }
        listener.header(expectedKeys);
        try (BufferedReader reader = new BufferedReader(
                TextEncoding.reader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            String current = reader.readLine();
            long line = 1;
            while (current != null) {
                String next = reader.readLine();
                boolean last = next == null;
                if (!current.isBlank()) {
                    row(line, current, last, complete, index, expectedKeys.length, mapper, listener);
                }
                current = next;
                line++;
            }
        }
    }

    private static void row(long line, String text, boolean last, boolean complete, Map<String, Integer> index,
            int width, ObjectMapper mapper, RowListener listener) {
        // A last line cut inside a character is judged as cut off (below) unless it still parses.
        boolean undecodable = text.indexOf(TextEncoding.UNDECODABLE) >= 0;
        if (undecodable && (complete || !last)) {
            listener.unreadable(line, RegistryMessage.ENCODING.at(null, line));
            return;
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (RefusedInputException e) {
            // The service's input policy refused a value (a control character, a number out of range): a row error.
            listener.unreadable(line, e.finding());
            return;
        } catch (JsonProcessingException e) {
            if (last && !complete) {
                throw FileProblemException.at(line, null, RegistryMessage.FILE_CUT_OFF);
            }
            listener.unreadable(line, RegistryMessage.MALFORMED_JSON.at(null, e.getOriginalMessage()));
            return;
        }
        if (undecodable) {
            listener.unreadable(line, RegistryMessage.ENCODING.at(null, line));
            return;
        }
        if (!node.isObject()) {
            listener.unreadable(line, RegistryMessage.NOT_AN_OBJECT.at(null));
            return;
        }
        String[] cells = new String[width];
        List<String> extra = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            Integer at = index.get(field.getKey());
            if (at == null) {
                extra = extra == null ? new ArrayList<>() : extra;
                extra.add(field.getKey());
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isContainerNode()) {
                listener.unreadable(line, RegistryMessage.WRONG_TYPE.at(field.getKey()));
                return;
            }
            cells[at] = value.isNull() ? null : value.asText();
        }
        if (extra != null) {
            listener.unreadable(line, RegistryMessage.EXTRA_COLUMNS.at(String.join(",", extra), extra));
            return;
        }
        listener.row(line, cells, last);
    }
}
