package org.hydraguard.io.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node remembers the line it was on, so that a mistake deep in
 * a policy file can be reported at its line. Jackson's own tree forgets locations, hence this small
 * one. Scalars are kept as Jackson parsed them (String, Long, Double, Boolean or null).
 */
final class YamlTree {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlTree() {}

    /** A value and the 1-based line it starts on. */
    record Node(Object value, int line) {
        boolean isMap() {
            return value instanceof Map;
        }

        @SuppressWarnings("unchecked")
        Map<String, Node> map() {
            return (Map<String, Node>) value;
        }

        @SuppressWarnings("unchecked")
        List<Node> list() {
            return (List<Node>) value;
        }
    }

    static Node parse(Reader reader, String fileName) throws InvalidPolicyException {
        try (JsonParser p = FACTORY.createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Node(Collections.emptyMap(), 1);
            }
            return read(p, fileName, "");
        } catch (InvalidPolicyException e) {
            throw e;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidPolicyException(fileName, at == null ? 0 : at.getLineNr(), null,
                    "not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidPolicyException(fileName, 0, null, "cannot be read: " + e.getMessage());
        }
    }

    private static Node read(JsonParser p, String fileName, String path) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    String field = path.isEmpty() ? key : path + "." + key;
                    Node value = read(p, fileName, field);
                    // a section is reported at its key's line, a scalar at its value's
                    int at = value.isMap() || value.value() instanceof List ? keyLine : value.line();
                    if (map.put(key, new Node(value.value(), at)) != null) {
                        throw new InvalidPolicyException(fileName, keyLine, field, "appears twice; keep one");
                    }
                }
                return new Node(map, line);
            }
            case START_ARRAY -> {
                List<Node> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p, fileName, path));
                }
                return new Node(list, line);
            }
            case VALUE_STRING -> {
                return new Node(p.getText(), line);
            }
            case VALUE_NUMBER_INT -> {
                return new Node(p.getLongValue(), line);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node(p.getDoubleValue(), line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(p.getBooleanValue(), line);
            }
            case VALUE_NULL -> {
                return new Node(null, line);
            }
            default -> throw new InvalidPolicyException(fileName, line, null, "unexpected YAML content " + t);
        }
    }

    private static String firstLine(String message) {
        int nl = message == null ? -1 : message.indexOf('\n');
        return nl < 0 ? String.valueOf(message) : message.substring(0, nl);
    }
}
