package id.paritrana.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import id.paritrana.app.audit.AuditChanges.Change;

class AuditChangesTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void listsOnlyTheFieldsThatChanged() {
		assertThat(AuditChanges.of(this.json, "{\"stage\":\"VERIFIKASI\",\"scope\":\"34\",\"weights\":[1,2]}",
				"{\"stage\":\"WAWANCARA\",\"scope\":\"34\",\"weights\":[1,3],\"reason\":\"rapat\"}"))
			.containsExactly(new Change("stage", "VERIFIKASI", "WAWANCARA"), new Change("weights", "[1,2]", "[1,3]"),
					new Change("reason", null, "rapat"));
	}

	@Test
	void aCreationListsEveryFieldAndADeletionEveryFormerField() {
		assertThat(AuditChanges.of(this.json, null, "{\"username\":\"budi\",\"active\":true}"))
			.containsExactly(new Change("username", null, "budi"), new Change("active", null, "true"));
		assertThat(AuditChanges.of(this.json, "{\"score\":80.5}", ""))
			.containsExactly(new Change("score", "80.5", null));
	}

	@Test
	void anUnchangedEntryListsNothing() {
		assertThat(AuditChanges.of(this.json, "{\"a\":1}", "{\"a\":1}")).isEmpty();
		assertThat(AuditChanges.of(this.json, null, null)).isEmpty();
	}

	@Test
	void aDocumentThatIsNotAnObjectIsComparedWhole() {
		assertThat(AuditChanges.of(this.json, "[1,2]", "[1,2,3]")).containsExactly(new Change("", "[1,2]", "[1,2,3]"));
		assertThat(AuditChanges.of(this.json, null, "not json {")).containsExactly(new Change("", null, "not json {"));
	}

}
