package id.paritrana.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.paritrana.app.ImportedData;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.PublishedSnapshots;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.data.DataSet;

/**
 * The employers evidence is filed for are those of the current employers data set: after
 * a re-import, an employer it dropped is no candidate and a moved or renamed one is where
 * and what the new file says, even while the replaced rows are still stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceOwnersReimportIntegrationTests {

	static final int YEAR = 2302;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	DatasetImport imports;

	@Autowired
	EvidenceOwners owners;

	@BeforeAll
	void edition() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
		this.editions.create("test", YEAR, "Evidence owners re-import " + YEAR);
		ImportedData.imported(this.imports, YEAR, DataSet.EMPLOYERS, "96320001,PT Lama,34.71,C,BESAR",
				"96320002,PT Tetap,34.02,C,BESAR");
	}

	@AfterAll
	void cleanUp() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
	}

	@Test
	void aReimportDecidesWhoTheEmployersAre() {
		assertThat(this.owners.require(YEAR, "96320001").name()).isEqualTo("PT Lama");
		assertThat(this.owners.employersOf(YEAR, "34", 10)).containsExactly("96320001", "96320002");
		// 96320001 dropped, 96320002 renamed and moved to Kota Surabaya, 96320003 new in
		// Gunungkidul
		ImportedData.reimported(this.imports, this.jdbc, YEAR, DataSet.EMPLOYERS, this::onlyTheNewEmployersCount,
				"96320002,PT Baru,35.78,C,BESAR", "96320003,PT Datang,34.03,G,MENENGAH");
		onlyTheNewEmployersCount();
	}

	private void onlyTheNewEmployersCount() {
		assertThatThrownBy(() -> this.owners.require(YEAR, "96320001")).isInstanceOf(NotFoundException.class);
		EvidenceOwner moved = this.owners.require(YEAR, "96320002");
		assertThat(moved.name()).isEqualTo("PT Baru");
		assertThat(moved.provinceCode()).isEqualTo("35");
		assertThat(this.owners.employersOf(YEAR, "34", 10)).containsExactly("96320003");
		assertThat(this.owners.employersOf(YEAR, "35", 10)).containsExactly("96320002");
	}

}
