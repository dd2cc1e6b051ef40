package id.paritrana.app.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an audit entry changed, field by field: a reader wants "status VERIFIKASI →
 * WAWANCARA", not two JSON documents to compare by eye. Only the fields that differ are
 * listed; a creation or a deletion lists every field of the side that exists.
 */
final class AuditChanges {

	/**
	 * One changed field; a side is null where the field (or the whole document) is
	 * absent.
	 */
	record Change(String field, String before, String after) {
	}

	private AuditChanges() {
	}

	/**
	 * The changed top-level fields of two JSON objects; a document that is not an object
	 * (a bare value, an array, or text that is not JSON) is compared whole under the
	 * field name "".
	 */
	static List<Change> of(JsonMapper json, String beforeJson, String afterJson) {
		JsonNode before = parse(json, beforeJson);
		JsonNode after = parse(json, afterJson);
		boolean objects = (before == null || before.isObject()) && (after == null || after.isObject());
		if (!objects) {
			return Objects.equals(before, after) ? List.of()
					: List.of(new Change("", text(beforeJson, before), text(afterJson, after)));
		}
		Set<String> fields = new LinkedHashSet<>();
		if (before != null) {
			fields.addAll(before.propertyNames());
		}
		if (after != null) {
			fields.addAll(after.propertyNames());
		}
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			JsonNode was = before == null ? null : before.get(field);
			JsonNode is = after == null ? null : after.get(field);
			if (!Objects.equals(was, is)) {
				changes.add(new Change(field, value(was), value(is)));
			}
		}
		return changes;
	}

	private static JsonNode parse(JsonMapper json, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return json.readTree(text);
		}
		catch (JacksonException ex) {
			// an entry written before its payload was JSON still shows, as the text it
			// holds
			return json.getNodeFactory().stringNode(text);
		}
	}

	private static String text(String raw, JsonNode node) {
		return node == null ? null : node.isString() ? node.asString() : raw;
	}

	/**
	 * Strings without their quotes; numbers, booleans, null, objects and arrays as
	 * compact JSON.
	 */
	private static String value(JsonNode node) {
		if (node == null) {
			return null;
		}
		return node.isString() ? node.asString() : node.toString();
	}

}
