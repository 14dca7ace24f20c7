package org.geneft.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The one JSON writer of the command line. Trees are written by walking them onto jackson-core's streaming generator
 * with the pretty printer ObjectMapper's INDENT_OUTPUT uses, the same text: building an ObjectMapper (its serializer
 * factories and caches) costs a short run such as {@code geneft bounds --json} on a small graph about 50 ms of its
 * 0.5 s (docs/BENCHMARKS.md), so the mapper is built only by the commands that read JSON or bind objects.
 */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Built on first use. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private Json() { }

    /** The full mapper, for reading JSON and binding objects. */
    static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The tree as indented JSON, as ObjectMapper's INDENT_OUTPUT writes it. */
    static String write(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            if (!write(g, node)) return viaMapper(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** false for a node kind the walk does not know (a POJO or binary node): the mapper writes the whole tree then. */
    private static boolean write(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    g.writeFieldName(e.getKey());
                    if (!write(g, e.getValue())) return false;
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode x : n) if (!write(g, x)) return false;
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.textValue());
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NULL, MISSING -> g.writeNull();
            case NUMBER -> {
                switch (n.numberType()) {
                    case INT -> g.writeNumber(n.intValue());
                    case LONG -> g.writeNumber(n.longValue());
                    case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
                    case FLOAT -> g.writeNumber(n.floatValue());
                    case DOUBLE -> g.writeNumber(n.doubleValue());
                    case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String viaMapper(JsonNode node) {
        try {
            return mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A double as JSON: NaN and infinities become null, since JSON has no such numbers. */
    static void put(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) node.put(key, value);
        else node.putNull(key);
    }
}
