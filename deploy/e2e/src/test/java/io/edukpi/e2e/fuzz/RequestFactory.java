package io.edukpi.e2e.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.e2e.fuzz.ApiDocument.Body;
import io.edukpi.e2e.fuzz.ApiDocument.Operation;
import io.edukpi.e2e.fuzz.ApiDocument.Parameter;
import io.edukpi.e2e.fuzz.FuzzClient.Call;
import io.edukpi.e2e.fuzz.FuzzClient.Caller;

/** One request of an operation: valid from the schemas, then (mostly) one mutation in body, path, query or headers. */
final class RequestFactory {

    /** A request to send; {@code target} names the field or parameter the mutation hit, null for none. */
    record Planned(Operation operation, Call call, String mutation, String target) {
    }

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Junk for a path or query parameter, already percent-encoded where it must be. */
    private static final List<String> ENCODED_JUNK = List.of("%00", "..", "%2e%2e", "a%2Fb", "%0d%0aX-Injected:%201",
            "%25", "%C0%AF", "%EF%BF%BF", "%ED%A0%80", "-1", "0", "99999999999999999999", "1e999", "NaN", "Infinity",
            "5034", "1050340001", "2554", "{x}".replace("{", "%7B").replace("}", "%7D"), "x".repeat(5000), "%20",
            "null", "undefined", "true", "[]");

    private final ApiDocument document;
    private final SchemaValues values;
    private final FuzzData data;
    private final JsonNode catalogueExample;

    RequestFactory(ApiDocument document, FuzzData data) {
        this.document = document;
        this.data = data;
        this.values = new SchemaValues(document, data);
        this.catalogueExample = document.operations().stream()
                .filter(o -> o.key().equals("POST /api/v1/catalogues")).flatMap(o -> o.bodies().stream())
                .flatMap(b -> b.examples().stream()).findFirst().orElse(FuzzClient.JSON.createObjectNode());
    }

    Planned plan(Operation op, Caller caller, SplittableRandom random) {
        boolean realIds = !FuzzData.JUNK_IDS_ONLY.contains(op.key());
        List<Parameter> path = op.parameters().stream().filter(p -> p.in().equals("path")).toList();
        List<Parameter> query = op.parameters().stream().filter(p -> p.in().equals("query")).toList();
        Body body = op.bodies().isEmpty() ? null : pickBody(op.bodies(), random);
        String category = category(random, body, path, query);

        String mutation = "valid";
        String target = null;
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (Parameter p : path) {
            pathValues.put(p.name(), encode(text(values.generate(p.schema(), realIds ? p.name() : null, op.template(),
                    random, 0))));
        }
        if (category.equals("path")) {
            Parameter p = path.get(random.nextInt(path.size()));
            String junk = junk(random);
            pathValues.put(p.name(), junk);
            mutation = "path " + p.name() + "=" + Mutations.abbreviate(junk);
            target = p.name();
        }
        Matcher m = PATH_PARAMETER.matcher(op.template());
        String url = m.replaceAll(r -> Matcher.quoteReplacement(pathValues.get(r.group(1))));

        List<String> pairs = new ArrayList<>();
        for (Parameter p : query) {
            if (p.required() || random.nextBoolean()) {
                pairs.add(p.name() + "=" + encode(text(values.generate(p.schema(), p.name(), op.template(), random, 0))));
            }
        }
        if (category.equals("query")) {
            Parameter p = query.get(random.nextInt(query.size()));
            String junk = junk(random);
            pairs.removeIf(pair -> pair.startsWith(p.name() + "="));
            pairs.add(p.name() + "=" + junk);
            if (random.nextInt(4) == 0) {
                pairs.add(p.name() + "=" + junk(random));
            }
            mutation = "query " + p.name() + "=" + Mutations.abbreviate(junk);
            target = p.name();
        }
        if (!pairs.isEmpty()) {
            url += "?" + String.join("&", pairs);
        }

        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter p : op.parameters()) {
            if (p.in().equals("header") && !p.name().equalsIgnoreCase("Content-Length")) {
                headers.put(p.name(), switch (p.name()) {
                    case "If-Match" -> "\"" + random.nextInt(4) + "\"";
                    case "Idempotency-Key" -> new UUID(random.nextLong(), random.nextLong()).toString();
                    case "Content-Disposition" -> "attachment; filename=\"evidence.pdf\"";
                    default -> "x";
                });
            }
        }
        String contentType = body == null ? null : body.contentType();
        if (category.equals("header")) {
            String name = List.of("If-Match", "Idempotency-Key", "Accept", "Accept-Language", "X-Request-Id",
                    "Content-Disposition", "traceparent").get(random.nextInt(7));
            String junk = List.of("", "*", "\"\"", "W/\"-1\"", "x".repeat(9000), "ไทย", "\u0000", "a\tb",
                    "application/xml", "*/*;q=abc", "\"" + "9".repeat(30) + "\"", "00-zz-zz-01").get(random.nextInt(12));
            headers.put(name, junk);
            mutation = "header " + name + "=" + Mutations.abbreviate(Mutations.escape(junk));
        }
        if (category.equals("content-type")) {
            contentType = List.of("application/json; charset=utf-16", "text/plain", "application/xml",
                    "multipart/form-data", "application/json; charset=bogus", "application/x-www-form-urlencoded", "")
                    .get(random.nextInt(7));
            mutation = "content-type " + contentType;
        }

        byte[] bytes = null;
        if (body != null) {
            BodyText text = isJson(body) ? jsonBody(op, body, category.equals("body"), random)
                    : otherBody(body, category.equals("body"), random);
            bytes = text.bytes();
            if (text.mutation() != null) {
                mutation = text.mutation();
                target = text.target();
            }
            if (text.contentType() != null && !category.equals("content-type")) {
                contentType = text.contentType();
            }
        }
        if (FuzzData.OWNERSHIP_WRITES.contains(op.key())) {
            url = data.scratch(url);
            bytes = bytes == null ? null
                    : data.scratch(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        return new Planned(op, new Call(caller, op.method(), url, headers, contentType, bytes), mutation, target);
    }

    private static String category(SplittableRandom random, Body body, List<Parameter> path, List<Parameter> query) {
        for (;;) {
            int pick = random.nextInt(100);
            if (pick < 12) {
                return "valid";
            } else if (pick < 60) {
                if (body != null) {
                    return "body";
                }
            } else if (pick < 75) {
                if (!path.isEmpty()) {
                    return "path";
                }
            } else if (pick < 88) {
                if (!query.isEmpty()) {
                    return "query";
                }
            } else if (pick < 96) {
                return "header";
            } else if (body != null) {
                return "content-type";
            }
        }
    }

    private static Body pickBody(List<Body> bodies, SplittableRandom random) {
        List<Body> json = bodies.stream().filter(RequestFactory::isJson).toList();
        return !json.isEmpty() && random.nextInt(5) > 0 ? json.get(random.nextInt(json.size()))
                : bodies.get(random.nextInt(bodies.size()));
    }

    private static boolean isJson(Body body) {
        return body.contentType().equals("application/json");
    }

    private record BodyText(byte[] bytes, String mutation, String target, String contentType) {
    }

    private BodyText jsonBody(Operation op, Body body, boolean mutate, SplittableRandom random) {
        JsonNode base = base(op, body, random);
        if (!mutate) {
            return new BodyText(FuzzClient.write(base).getBytes(StandardCharsets.UTF_8), null, null, null);
        }
        List<String> pointers = SchemaValues.pointers(base, "");
        int pick = random.nextInt(100);
        ArrayNode indicators = base.path("indicators") instanceof ArrayNode a && a.size() > 0 ? a : null;
        if (indicators != null && pick < 15) {
            String what = Mutations.tree(indicators, random);
            return json(base, null, "tree " + what, null);
        }
        if (pick < 25 || pointers.isEmpty() || !(base instanceof ObjectNode)) {
            return whole(random);
        }
        if (pick < 33) {
            String name = "unknown" + random.nextInt(100);
            ((ObjectNode) base).put(name, "ค่าที่ไม่รู้จัก");
            return json(base, null, "unknown field " + name, name);
        }
        String pointer = pointers.get(random.nextInt(pointers.size()));
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = base.at(at.head());
        String last = at.last().getMatchingProperty();
        String target = fieldName(pointer);
        if (pick < 43) {
            if (parent instanceof ObjectNode object) {
                object.remove(last);
            } else {
                ((ArrayNode) parent).remove(at.last().getMatchingIndex());
            }
            return json(base, null, "missing " + pointer, target);
        }
        Mutations.Value value = pick < 48 ? Mutations.deep(random)
                : Mutations.value(values.schemaAt(body.schema(), pointer), random);
        if (parent instanceof ObjectNode object) {
            object.set(last, value.node());
        } else {
            ((ArrayNode) parent).set(at.last().getMatchingIndex(), value.node());
        }
        return json(base, value.raw(), pointer + ": " + value.kind(), target);
    }

    private static BodyText json(JsonNode tree, String raw, String mutation, String target) {
        String text = FuzzClient.write(tree);
        if (raw != null) {
            text = text.replace("\"" + Mutations.RAW + "\"", raw);
        }
        return new BodyText(text.getBytes(StandardCharsets.UTF_8), "body " + mutation, target, null);
    }

    /** The whole body broken: empty, not JSON, another JSON type, not UTF-8, huge, nested beyond any parser's taste. */
    private static BodyText whole(SplittableRandom random) {
        int pick = random.nextInt(12);
        String text = switch (pick) {
            case 0 -> "";
            case 1 -> "null";
            case 2 -> "[]";
            case 3 -> "{";
            case 4 -> "\"text\"";
            case 5 -> "1e999";
            case 6 -> "{\"a\":1,\"a\":2}";
            case 7 -> "[" + "{},".repeat(200_000) + "{}]";
            case 8 -> "{\"x\":\"" + "ก".repeat(1_000_000) + "\"}";
            case 9 -> "\u0000";
            case 10 -> null;
            default -> Mutations.deep(random).raw();
        };
        byte[] bytes = text == null ? new byte[] { (byte) 0xff, (byte) 0xfe, '{', (byte) 0xc3, '}' }
                : text.getBytes(StandardCharsets.UTF_8);
        String shown = text == null ? "invalid UTF-8" : Mutations.abbreviate(Mutations.escape(text));
        return new BodyText(bytes, "whole body " + shown, null, null);
    }

    /** A CSV, spreadsheet, JSON-lines, multipart or octet-stream upload: plausible, or junk when mutating. */
    private BodyText otherBody(Body body, boolean mutate, SplittableRandom random) {
        String type = body.contentType();
        String line = "1050130001,1501300000003,ด.ญ.,สมหญิง,ใจดี,2541-01-15,ม.1,1000";
        String plain = type.contains("json") ? "{\"schoolCode\":\"" + FuzzData.SCHOOL_A + "\",\"citizenId\":\""
                + data.citizenIds.get(0) + "\"}\n"
                : "schoolCode,citizenId,prefix,firstName,lastName,birthDate,classLevel,"
                        + "studentNumber\n" + line + "\n";
        String mutation = null;
        if (mutate) {
            List<String> junk = List.of("", "\u0000\u0000\u0000", "PK\u0003\u0004" + "\u0000".repeat(100),
                    plain.replace("สมหญิง", "สม\u0000หญิง"), plain + (line + "\n").repeat(20_000),
                    "\"unclosed,quote\n", "\uFEFF\uFEFF" + plain, plain.replace(",", ";"), "a,".repeat(100_000));
            int pick = random.nextInt(junk.size());
            plain = junk.get(pick);
            mutation = "upload junk #" + pick;
        }
        if (type.startsWith("multipart/")) {
            String boundary = "fuzz" + random.nextInt(1000);
            String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.csv\""
                    + "\r\nContent-Type: text/csv\r\n\r\n" + plain + "\r\n--" + boundary + "--\r\n";
            return new BodyText(multipart.getBytes(StandardCharsets.UTF_8), mutation, null,
                    "multipart/form-data; boundary=" + boundary);
        }
        return new BodyText(plain.getBytes(StandardCharsets.UTF_8), mutation, null, null);
    }

    /**
     * The document's example, a catalogue example for the catalogue editors (their schema is a free object or binary), or
     * generated.
     */
    private JsonNode base(Operation op, Body body, SplittableRandom random) {
        if (!body.examples().isEmpty() && random.nextInt(10) < 7) {
            return body.examples().get(random.nextInt(body.examples().size())).deepCopy();
        }
        if (op.template().startsWith("/api/v1/catalogues/{id}/indicators")) {
            return catalogueExample.path("indicators").get(0).deepCopy();
        }
        if (op.template().startsWith("/api/v1/catalogues") && !body.schema().has("properties")
                && !body.schema().has("$ref")) {
            return catalogueExample.deepCopy();
        }
        return values.generate(body.schema(), null, op.template(), random, 0);
    }

    private static String junk(SplittableRandom random) {
        if (random.nextBoolean()) {
            return ENCODED_JUNK.get(random.nextInt(ENCODED_JUNK.size()));
        }
        List<String> raw = random.nextBoolean() ? Mutations.STRINGS : Mutations.RAW_NUMBERS;
        return encode(raw.get(random.nextInt(raw.size())));
    }

    /** The last field name in a JSON pointer (indices skipped): what a problem should name. */
    private static String fieldName(String pointer) {
        String[] tokens = pointer.substring(1).split("/");
        for (int i = tokens.length - 1; i >= 0; i--) {
            if (!tokens[i].matches("\\d+")) {
                return tokens[i];
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
