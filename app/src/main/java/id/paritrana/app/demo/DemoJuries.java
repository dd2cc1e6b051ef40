package id.paritrana.app.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.jury.Assignments;
import id.paritrana.app.jury.InterviewSchedule;
import id.paritrana.app.jury.Panels;
import id.paritrana.app.security.DemoSignIns;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.UserManagement;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The demo edition's selection: DI Yogyakarta's level moved to SELEKSI, its Tim Penilai
 * (one juror affiliated with Kota Yogyakarta, so a derived conflict of interest shows)
 * and the national jury formed, the province's shortlists made, jurors assigned and
 * interviews scheduled. Each step runs only when its result is missing.
 */
@Component
@Order(10)
class DemoJuries implements DemoStep, DemoSignIns {

	/** The demo data's province whose level the demo runs: DI Yogyakarta. */
	static final String PROVINCE = "34";

	/** Tim Penilai of DI Yogyakarta: username, name, role, agency, affiliated region. */
	record Juror(String username, String name, Panels.PanelRole role, String agency, String region) {
	}

	static final List<Juror> PROVINCIAL = List.of(
			new Juror("penilai.diy1", "Sekda DIY", Panels.PanelRole.KETUA, "Sekretariat Daerah DIY", null),
			new Juror("penilai.diy2", "Kepala Kanwil BPJS TK", Panels.PanelRole.SEKRETARIS,
					"BPJS Ketenagakerjaan Kanwil DIY", null),
			new Juror("penilai.diy3", "Asisten Pemkot Yogyakarta", Panels.PanelRole.ANGGOTA,
					"Pemerintah Kota Yogyakarta", "34.71"),
			new Juror("penilai.diy4", "Kepala Disnakertrans DIY", Panels.PanelRole.ANGGOTA, "Disnakertrans DIY", null),
			new Juror("penilai.diy5", "Akademisi Jaminan Sosial", Panels.PanelRole.ANGGOTA, "Universitas Gadjah Mada",
					null));

	static final List<Juror> NATIONAL = List.of(
			new Juror("penilai", "Juri Nasional", Panels.PanelRole.KETUA, "Kemenko PMK", null),
			new Juror("penilai.nas1", "Ahli Kebijakan Publik", Panels.PanelRole.SEKRETARIS, "Kemendagri", null),
			new Juror("penilai.nas2", "Wakil Asosiasi Pengusaha", Panels.PanelRole.ANGGOTA, "APINDO", null),
			new Juror("penilai.nas3", "Wakil Serikat Pekerja", Panels.PanelRole.ANGGOTA, "Konfederasi Serikat Pekerja",
					null));

	private final Stages stages;

	private final Shortlists shortlists;

	private final Panels panels;

	private final Assignments assignments;

	private final InterviewSchedule schedule;

	private final UserManagement users;

	DemoJuries(Stages stages, Shortlists shortlists, Panels panels, Assignments assignments, InterviewSchedule schedule,
			UserManagement users) {
		this.stages = stages;
		this.shortlists = shortlists;
		this.panels = panels;
		this.assignments = assignments;
		this.schedule = schedule;
		this.users = users;
	}

	/** The jurors' sign-ins, listed with the other demo sign-ins. */
	@Override
	public List<DemoSignIn> signIns() {
		return Stream.concat(PROVINCIAL.stream(), NATIONAL.stream())
			.map(j -> new DemoSignIn(j.username(), Role.PENILAI, j.name()))
			.toList();
	}

	@Override
	public void seed(int year, String actor) {
		while (this.stages.current(year, PROVINCE).ordinal() <= Stage.SELEKSI.ordinal()
				&& !this.stages.running(year, PROVINCE, Stage.SELEKSI)) {
			this.stages.advanceAs(actor, year, PROVINCE);
		}
		if (!this.stages.running(year, PROVINCE, Stage.SELEKSI)) {
			return;
		}
		team(year, PROVINCE, PROVINCIAL, PROVINCE, actor);
		team(year, Stages.NATIONAL, NATIONAL, null, actor);
		LocalDate day = LocalDate.of(year, 8, 5);
		LocalTime start = LocalTime.of(8, 0);
		for (Category category : Category.values()) {
			if (!category.assessedAt(Level.PROVINSI)) {
				continue;
			}
			if (this.shortlists.nominees(year, Level.PROVINSI, category, PROVINCE).isEmpty()) {
				this.shortlists.makeAs(actor, year, category, PROVINCE);
			}
			if (!this.shortlists.interviewed(year, category)
					|| this.shortlists.nominees(year, Level.PROVINSI, category, PROVINCE).isEmpty()) {
				continue;
			}
			if (this.assignments.of(year, PROVINCE, category).isEmpty()) {
				this.assignments.assignAs(actor, year, PROVINCE, category);
			}
			if (this.schedule.of(year, PROVINCE).stream().noneMatch(s -> s.category() == category)) {
				for (Shortlists.Nominee nominee : this.shortlists.nominees(year, Level.PROVINSI, category, PROVINCE)) {
					this.schedule.setAs(actor, year, PROVINCE, category, nominee.code(),
							new InterviewSchedule.SlotRequest(day, start, start.plusMinutes(45),
									"Ruang Rapat Sekda DIY, Kompleks Kepatihan"));
					start = start.plusHours(1);
					if (start.isAfter(LocalTime.of(15, 0))) {
						day = day.plusDays(1);
						start = LocalTime.of(8, 0);
					}
				}
			}
			else {
				day = day.plusDays(2);
			}
		}
	}

	private void team(int year, String scope, List<Juror> jurors, String province, String actor) {
		if (!this.panels.members(year, scope).isEmpty()) {
			return;
		}
		for (Juror juror : jurors) {
			if (this.users.findUsername(juror.username()).isEmpty()) {
				this.users.createDemoAccount(actor, juror.username(), DemoSignIns.PASSWORD,
						new UserManagement.Details(juror.name(), Role.PENILAI, province, null, null, true));
			}
			this.panels.saveAs(actor, year, scope, juror.username(),
					new Panels.MemberDetails(juror.role(), juror.agency(), juror.region(), null));
		}
	}

	/**
	 * Whether the demo selection has been made: the province's shortlist of
	 * regencies/cities exists.
	 */
	@Override
	public boolean seeded(int year) {
		return !this.shortlists.nominees(year, Category.PEMKAB_PEMKOT.entryLevel(), Category.PEMKAB_PEMKOT, PROVINCE)
			.isEmpty();
	}

}
