package org.hydraguard.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Attribution;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Evidence;

/** The nested parts of a campaign line, from JSON trees; errors name the path ("evidence[2].weight"). */
final class CampaignParts {
    private CampaignParts() {}

    static Map<String, Double> capabilities(Object tree) throws BadField {
        JsonNode n = node(tree);
        if (n == null) {
            return Map.of();
        }
        if (!n.isObject()) {
            throw new BadField("capabilities", "expected an object of capability shares, found " + n.getNodeType());
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (!e.getValue().isNumber()) {
                throw new BadField("capabilities." + e.getKey(), "expected a number, found " + e.getValue());
            }
            shares.put(e.getKey(), e.getValue().doubleValue());
        }
        return shares;
    }

    static List<Evidence> evidence(String path, Object tree) throws BadField {
        JsonNode n = node(tree);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new BadField(path, "expected an array of evidence objects, found " + n.getNodeType());
        }
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode e = n.get(i);
            if (!e.isObject()) {
                throw new BadField(at, "expected an evidence object, found " + e.getNodeType());
            }
            try {
                out.add(new Evidence(text(e, at + ".signal"), number(e, at + ".weight"), text(e, at + ".detail"),
                        texts(e.get("examples"), at + ".examples")));
            } catch (IllegalArgumentException ex) {
                throw new BadField(at, ex.getMessage());
            }
        }
        return out;
    }

    static Attribution attribution(Object tree) throws BadField {
        JsonNode n = node(tree);
        if (n == null) {
            return null;
        }
        if (!n.isObject()) {
            throw new BadField("attribution", "expected an object or null, found " + n.getNodeType());
        }
        try {
            return new Attribution(text(n, "attribution.actor"), number(n, "attribution.confidence"),
                    evidence("attribution.evidence", n.get("evidence")));
        } catch (IllegalArgumentException ex) {
            throw new BadField("attribution", ex.getMessage());
        }
    }

    static List<EndUserRef> endUsers(Object tree) throws BadField {
        JsonNode n = node(tree);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new BadField("end_users", "expected an array of {account_id, end_user_id}, found " + n.getNodeType());
        }
        List<EndUserRef> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String at = "end_users[" + i + "]";
            JsonNode u = n.get(i);
            if (!u.isObject()) {
                throw new BadField(at, "expected an object, found " + u.getNodeType());
            }
            try {
                out.add(new EndUserRef(text(u, at + ".account_id"), text(u, at + ".end_user_id")));
            } catch (IllegalArgumentException ex) {
                throw new BadField(at, ex.getMessage());
            }
        }
        return out;
    }

    private static JsonNode node(Object tree) {
        JsonNode n = (JsonNode) tree;
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }

    private static String text(JsonNode parent, String path) throws BadField {
        JsonNode n = parent.get(path.substring(path.lastIndexOf('.') + 1));
        if (n == null || n.isNull()) {
            throw new BadField(path, "required but missing");
        }
        if (!n.isTextual()) {
            throw new BadField(path, "expected a string, found " + n.getNodeType());
        }
        return n.textValue();
    }

    private static double number(JsonNode parent, String path) throws BadField {
        JsonNode n = parent.get(path.substring(path.lastIndexOf('.') + 1));
        if (n == null || !n.isNumber()) {
            throw new BadField(path, n == null ? "required but missing" : "expected a number, found " + n.getNodeType());
        }
        return n.doubleValue();
    }

    private static List<String> texts(JsonNode n, String path) throws BadField {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new BadField(path, "expected an array of strings, found " + n.getNodeType());
        }
        List<String> out = new ArrayList<>(n.size());
        for (JsonNode s : n) {
            if (!s.isTextual()) {
                throw new BadField(path, "expected an array of strings, found an element " + s.getNodeType());
            }
            out.add(s.textValue());
        }
        return out;
    }
}
