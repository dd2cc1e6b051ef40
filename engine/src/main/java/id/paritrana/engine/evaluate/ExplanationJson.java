package id.paritrana.engine.evaluate;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Condition;
import id.paritrana.engine.rubric.Measure;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.Explanation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The explanation file of {@code evaluate --explain} (DESIGN §5.7): for every candidate,
 * in the order of {@code results.csv}, its result and per indicator the raw inputs,
 * measure value, rule with its parameters, score, weight, weighted contribution, flag and
 * standing among its peers; and the eligibility conditions with the values they were
 * tested on. Streamed, so that 750,000 candidates need no more memory than one.
 */
final class ExplanationJson {

	private ExplanationJson() {
	}

	static void write(Evaluation evaluation, OutputStream out) {
		try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
			g.writeStartObject();
			g.writeNumberProperty("year", evaluation.year());
			g.writeArrayPropertyStart("candidates");
			Evaluation.Rows rows = evaluation.rows();
			for (int row = 0; row < rows.size(); row++) {
				candidate(g, evaluation, evaluation.scored(rows.category()[row]), rows.candidate()[row]);
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	private static void candidate(JsonGenerator g, Evaluation evaluation, Evaluation.Scored scored, int i) {
		CategoryResult r = scored.result();
		CandidateTable t = r.candidates();
		Category category = r.category();
		int source = scored.source()[i];
		Explanation explanation = r.explain(i);
		g.writeStartObject();
		g.writeStringProperty("level", r.level().name());
		g.writeStringProperty("scope", t.scope(i));
		g.writeStringProperty("category", category.name());
		g.writeStringProperty("candidate_code", t.code(i));
		g.writeStringProperty("candidate_name", t.name(i));
		g.writeBooleanProperty("eligible", r.eligible(i));
		g.writeArrayPropertyStart("flags");
		for (String flag : r.flags(i)) {
			g.writeString(flag);
		}
		g.writeEndArray();
		number(g, "desk_score", r.deskScore(i));
		rank(g, "desk_rank", r.deskRank(i));
		number(g, "jury_score", r.hasJuryScore(i) ? r.juryScore(i) : Double.NaN);
		number(g, "final_score", r.finalScore(i));
		rank(g, "final_rank", r.finalRank(i));
		g.writeArrayPropertyStart("eligibility");
		for (Condition condition : r.rubric().eligibility()) {
			double value = evaluation.value(category, condition.measure(), source);
			g.writeStartObject();
			g.writeStringProperty("condition", condition.toString());
			g.writeStringProperty("measure", condition.measure().id());
			number(g, "value", value);
			inputs(g, evaluation.inputs(category, condition.measure(), source));
			g.writeBooleanProperty("met", condition.test(value));
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayPropertyStart("indicators");
		for (Explanation.IndicatorExplanation line : explanation.indicators()) {
			g.writeStartObject();
			g.writeStringProperty("aspect", line.aspectId());
			g.writeStringProperty("indicator", line.indicatorId());
			g.writeStringProperty("name", line.name());
			if (line.measure().isPresent()) {
				g.writeStringProperty("measure", line.measure().get());
				inputs(g, evaluation.inputs(category, Measure.of(line.measure().get()), source));
			}
			else {
				g.writeNullProperty("measure");
			}
			optional(g, "value", line.value());
			if (line.level().isPresent()) {
				g.writeStringProperty("level", line.level().get());
			}
			g.writeStringProperty("rule", line.ruleText());
			number(g, "score", line.score());
			g.writeNumberProperty("weight", line.weight());
			number(g, "contribution", line.contribution());
			if (line.flag().isPresent()) {
				g.writeStringProperty("flag", line.flag().get());
			}
			else {
				g.writeNullProperty("flag");
			}
			Explanation.PeerStanding standing = line.standing();
			g.writeObjectPropertyStart("peers");
			optional(g, "rank", standing.rank());
			g.writeNumberProperty("count", standing.peers());
			optional(g, "min", standing.min());
			optional(g, "median", standing.median());
			optional(g, "max", standing.max());
			g.writeEndObject();
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	private static void inputs(JsonGenerator g, Map<String, Object> inputs) {
		g.writeObjectPropertyStart("inputs");
		for (Map.Entry<String, Object> input : inputs.entrySet()) {
			Object v = input.getValue();
			if (v instanceof Number n) {
				g.writeNumberProperty(input.getKey(), n.longValue());
			}
			else if (v instanceof List<?> list) {
				g.writeArrayPropertyStart(input.getKey());
				for (Object item : list) {
					g.writeString(item.toString());
				}
				g.writeEndArray();
			}
			else {
				g.writeStringProperty(input.getKey(), v.toString());
			}
		}
		g.writeEndObject();
	}

	private static void number(JsonGenerator g, String name, double value) {
		if (Double.isNaN(value)) {
			g.writeNullProperty(name);
		}
		else {
			g.writeNumberProperty(name, value);
		}
	}

	private static void optional(JsonGenerator g, String name, OptionalDouble value) {
		number(g, name, value.orElse(Double.NaN));
	}

	private static void optional(JsonGenerator g, String name, OptionalInt value) {
		if (value.isPresent()) {
			g.writeNumberProperty(name, value.getAsInt());
		}
		else {
			g.writeNullProperty(name);
		}
	}

	private static void rank(JsonGenerator g, String name, int rank) {
		if (rank == CategoryResult.NO_RANK) {
			g.writeNullProperty(name);
		}
		else {
			g.writeNumberProperty(name, rank);
		}
	}

}
