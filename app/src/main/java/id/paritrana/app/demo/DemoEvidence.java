package id.paritrana.app.demo;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import id.paritrana.app.candidate.Questionnaires;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.StageState;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.evidence.EvidenceForm;
import id.paritrana.app.evidence.EvidenceItem;
import id.paritrana.app.evidence.EvidenceOwners;
import id.paritrana.app.evidence.EvidenceRecords;
import id.paritrana.app.security.SignedInUser;

/**
 * The demo edition's data collection and verification: the levels of DI Yogyakarta (34),
 * Kalimantan Utara (65), Gorontalo (75) and the national level brought to
 * {@code VERIFIKASI} by the demo administrator, and evidence (small real PDFs) uploaded
 * for governments and employers of those provinces, some accepted, some rejected with a
 * reason, some waiting, so the queue of {@code verifikator.diy} is not empty; Kota
 * Yogyakarta (34.71) has a PERDA waiting. Through the same services as the pages, each
 * step only when its result is missing.
 */
@Component
public class DemoEvidence {

	static final List<String> LEVELS = List.of(Stages.NATIONAL, "34", "65", "75");

	private static final Logger log = LoggerFactory.getLogger(DemoEvidence.class);

	private final Stages stages;

	private final EvidenceRecords evidence;

	private final EvidenceOwners owners;

	private final Questionnaires questionnaires;

	private final UserDetailsService users;

	public DemoEvidence(Stages stages, EvidenceRecords evidence, EvidenceOwners owners, Questionnaires questionnaires,
			UserDetailsService users) {
		this.stages = stages;
		this.evidence = evidence;
		this.owners = owners;
		this.questionnaires = questionnaires;
		this.users = users;
	}

	/**
	 * Brings the demo levels to VERIFIKASI, when they were never run, as the demo
	 * administrator.
	 */
	public void openLevels(int year) {
		SignedInUser admin;
		try {
			admin = (SignedInUser) this.users.loadUserByUsername("admin");
		}
		catch (UsernameNotFoundException ex) {
			log.info("No demo administrator: the stages of demo edition {} are left as they are", year);
			return;
		}
		for (String level : LEVELS) {
			if (this.stages.stages(year, level).stream().allMatch(s -> s.state() == StageState.BELUM)) {
				// SOSIALISASI starts, then PENDATAAN, then VERIFIKASI
				for (int step = 0; step <= Stage.VERIFIKASI.ordinal(); step++) {
					this.stages.advance(admin, year, level);
				}
			}
		}
	}

	/** Whether the edition has any evidence yet. */
	public boolean hasEvidence(int year) {
		return !this.evidence.of(year, "34.04").isEmpty();
	}

	/** Uploads and decides the demo evidence; once. */
	public void seed(int year, String actor) {
		if (hasEvidence(year)) {
			return;
		}
		// accepted regulations raise regulation_level; rejected ones do not
		decide(year, actor,
				regulation(year, actor, "34.04", "PERKADA", "12", 2022,
						"Peraturan Bupati Sleman tentang Perlindungan Jaminan Sosial Pekerja Rentan"),
				"DITERIMA", null);
		decide(year, actor,
				regulation(year, actor, "34.03", "PERDA", "4", 2021,
						"Peraturan Daerah Gunungkidul tentang Penyelenggaraan Jaminan Sosial Ketenagakerjaan"),
				"DITERIMA", null);
		decide(year, actor,
				regulation(year, actor, "34.02", "INSTRUKSI", "7", 2023,
						"Instruksi Bupati Bantul tentang Kepesertaan Pekerja Desa"),
				"DITOLAK", "Dokumen tidak bertanda tangan dan tidak bernomor register; unggah salinan yang disahkan.");
		decide(year, actor, other(year, actor, "34.04", "MOU", "Nota Kesepahaman dengan BPJS Ketenagakerjaan"),
				"DITOLAK", "Masa berlaku MoU sudah berakhir pada 2020.");
		decide(year, actor, regulation(year, actor, "65.01", "PERKADA", "3", 2023,
				"Peraturan Bupati Malinau tentang Perlindungan Pekerja Rentan"), "DITERIMA", null);
		decide(year, actor,
				regulation(year, actor, "75.71", "PERDA", "9", 2020,
						"Peraturan Daerah Kota Gorontalo tentang Jaminan Sosial"),
				"DITOLAK", "Berkas yang diunggah adalah rancangan, bukan perda yang diundangkan.");
		// waiting for the verifier
		regulation(year, actor, "34.71", "PERDA", "5", 2023,
				"Peraturan Daerah Kota Yogyakarta tentang Perlindungan Jaminan Sosial Ketenagakerjaan");
		other(year, actor, "34.71", "APBD", "APBD Kota Yogyakarta 2023: iuran pekerja rentan");
		regulation(year, actor, "34", "PERDA", "2", 2022,
				"Peraturan Daerah DIY tentang Penyelenggaraan Jaminan Sosial Ketenagakerjaan");
		regulation(year, actor, "75.01", "SURAT_EDARAN", "560/41", 2023,
				"Surat Edaran Bupati Boalemo tentang Kepesertaan Pekerja Rentan");
		other(year, actor, "65.71", "APBD", "APBD Kota Tarakan 2023: perlindungan pekerja rentan");
		List<String> employers = this.owners.employersOf(year, "34", 3);
		String[][] employerEvidence = { { "CSR", "DITERIMA" }, { "RANTAI_PASOK", "MENUNGGU" }, { "MOU", "DITOLAK" } };
		for (int i = 0; i < employers.size(); i++) {
			EvidenceItem item = other(year, actor, employers.get(i), employerEvidence[i][0],
					"Program " + employerEvidence[i][0].replace('_', ' ').toLowerCase() + " " + employers.get(i));
			if (!employerEvidence[i][1].equals("MENUNGGU")) {
				decide(year, actor, item, employerEvidence[i][1], "Nomor dan tanggal dokumen tidak terbaca.");
			}
		}
		this.questionnaires.saveAs(actor, year, this.owners.require(year, "34.04"),
				Map.of("contact_name", "Sri Wahyuni", "contact_position", "Kepala Dinas Tenaga Kerja", "contact_phone",
						"+62 274 868405", "vulnerable_programme",
						"Iuran JKK dan JKM bagi pekerja rentan dibayar dari APBD dan APBDes.", "apbd_allocation",
						"2500000000", "villages_100", "12"),
				true);
	}

	private EvidenceItem regulation(int year, String actor, String code, String type, String number, int docYear,
			String title) {
		byte[] pdf = DemoPdf.of(title, type + " Nomor " + number + " Tahun " + docYear,
				"Dokumen contoh untuk edisi demo Paritrana (data sintetis).");
		return this.evidence.uploadAs(actor, year, code,
				new EvidenceForm("REGULASI", type, number, Integer.toString(docYear), title, "", "", ""),
				type.toLowerCase() + "-" + number.replace('/', '-') + ".pdf", pdf);
	}

	private EvidenceItem other(int year, String actor, String code, String kind, String title) {
		byte[] pdf = DemoPdf.of(title, "Dokumen contoh untuk edisi demo Paritrana (data sintetis).");
		EvidenceForm form = switch (kind) {
			case "APBD" -> new EvidenceForm(kind, "", "", "", title, "", "2023", "1250000000");
			case "MOU" -> new EvidenceForm(kind, "", "MoU/17/2022", "2022", title, "BPJS Ketenagakerjaan", "", "");
			default -> new EvidenceForm(kind, "", "", "", title, "", "", "");
		};
		return this.evidence.uploadAs(actor, year, code, form, kind.toLowerCase() + ".pdf", pdf);
	}

	private void decide(int year, String actor, EvidenceItem item, String decision, String reason) {
		this.evidence.verifyAs(actor, year, item.id(), decision, reason);
	}

}
