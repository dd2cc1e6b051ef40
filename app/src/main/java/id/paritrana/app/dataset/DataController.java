package id.paritrana.app.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.paritrana.app.edition.Edition;
import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.SafeCsvWriter;

/**
 * The data pages of the national secretariat: choose an edition and a data set, drop a
 * file, watch it upload and import, then read the result — the new version, or every
 * invalid row (paginated, and as a CSV download).
 */
@Controller
class DataController {

	private static final String VIEW = "dataset/data";

	private static final String JOB_VIEW = "dataset/job";

	private static final int PAGE_SIZE = 100;

	/**
	 * Times are shown in Western Indonesian Time, where the national secretariat works.
	 */
	private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private final Editions editions;

	private final DatasetVersions versions;

	private final ImportJobs jobs;

	private final Staleness staleness;

	private final ResultGuard guard;

	private final StoredMeasures measures;

	private final EditionChoice choice;

	DataController(Editions editions, DatasetVersions versions, ImportJobs jobs, Staleness staleness, ResultGuard guard,
			StoredMeasures measures, EditionChoice choice) {
		this.editions = editions;
		this.choice = choice;
		this.versions = versions;
		this.jobs = jobs;
		this.staleness = staleness;
		this.guard = guard;
		this.measures = measures;
	}

	/**
	 * The page of one edition: the one asked for, else the one the user last chose, else
	 * the newest (data are prepared for the edition to come, not the one in progress).
	 */
	@GetMapping("/data")
	String data(@AuthenticationPrincipal UserDetails me, @RequestParam(required = false) Integer edition, Model model) {
		List<Edition> all = this.editions.list();
		Optional<Edition> chosen = (edition != null) ? this.editions.find(edition)
				: this.choice.remembered(me.getUsername())
					.flatMap(this.editions::find)
					.or(() -> all.stream().findFirst());
		model.addAttribute("editions", all);
		model.addAttribute("edition", chosen.orElse(null));
		model.addAttribute("dataSets", DataSets.all().stream().map(DataSet::baseName).toList());
		model.addAttribute("importOrder", Staleness.importOrder());
		model.addAttribute("minReason", ResultGuard.MIN_REASON);
		model.addAttribute("zone", ZONE);
		model.addAttribute("versions", chosen.map(e -> this.versions.current(e.awardYear())).orElse(List.of()));
		chosen.ifPresent(e -> {
			model.addAttribute("measureRun", this.measures.run(e.awardYear()).orElse(null));
			model.addAttribute("measuresState", this.staleness.measures(e.awardYear()).orElse(null));
			model.addAttribute("settled", this.guard.settled(e.awardYear()));
		});
		return VIEW;
	}

	/**
	 * Starts an import. While a level of the edition is past VERIFIKASI it is refused at
	 * once, naming the levels, unless the national administrator gives a reason
	 * ({@link ResultGuard}).
	 */
	@PostMapping("/data/impor")
	String upload(@AuthenticationPrincipal UserDetails me, @RequestParam(required = false) Integer edition,
			@RequestParam(required = false) String dataset, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String overrideReason, Model model) throws IOException {
		ResultGuardAccess.requireMayOverride(me, overrideReason);
		Optional<Edition> chosen = (edition == null) ? Optional.empty() : this.editions.find(edition);
		Optional<DataSet> set = (dataset == null) ? Optional.empty() : DataSets.byName(dataset);
		String error = chosen.isEmpty() ? "data.error.edition"
				: set.isEmpty() ? "data.error.dataset" : (file == null || file.isEmpty()) ? "data.error.file" : null;
		model.addAttribute("chosenDataSet", dataset);
		if (error != null) {
			model.addAttribute("error", error);
			return data(me, edition, model);
		}
		Optional<String> reason = Optional.ofNullable(overrideReason).filter(r -> !r.isBlank());
		List<InvalidInputException.Problem> refusal = ResultGuard.guards(set.get())
				? this.guard.refusal(chosen.get().awardYear(), reason) : List.of();
		if (!refusal.isEmpty()) {
			model.addAttribute("refusal", refusal);
			model.addAttribute("overrideReason", overrideReason);
			return data(me, edition, model);
		}
		Path upload = Uploads.save(file);
		ImportJob job = this.jobs.start(new ImportRequest(chosen.get().awardYear(), set.get(),
				file.getOriginalFilename(), upload, me.getUsername(), reason.orElse(null)), upload);
		return "redirect:/data/impor/" + job.id();
	}

	/**
	 * Computes the edition's measures from its current data sets in the background,
	 * guarded as an import is.
	 */
	@PostMapping("/data/ukuran")
	String measures(@AuthenticationPrincipal UserDetails me, @RequestParam(required = false) Integer edition,
			@RequestParam(required = false) String overrideReason, Model model) {
		ResultGuardAccess.requireMayOverride(me, overrideReason);
		Optional<Edition> chosen = (edition == null) ? Optional.empty() : this.editions.find(edition);
		if (chosen.isEmpty()) {
			model.addAttribute("error", "data.error.edition");
			return data(me, edition, model);
		}
		Optional<String> reason = Optional.ofNullable(overrideReason).filter(r -> !r.isBlank());
		List<InvalidInputException.Problem> refusal = this.guard.refusal(chosen.get().awardYear(), reason);
		if (!refusal.isEmpty()) {
			model.addAttribute("refusal", refusal);
			model.addAttribute("overrideReason", overrideReason);
			return data(me, edition, model);
		}
		ImportJob job = this.jobs.startMeasures(chosen.get().awardYear(), me.getUsername(), reason);
		return "redirect:/data/impor/" + job.id();
	}

	@GetMapping("/data/impor/{id}")
	String job(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
		ImportJob job = job(id);
		model.addAttribute("job", job);
		addPage(job, page, model);
		return JOB_VIEW;
	}

	/**
	 * The status fragment the job page polls while the import runs; once it is done, htmx
	 * is told to reload the whole page, which shows the result.
	 */
	@GetMapping("/data/impor/{id}/status")
	String status(@PathVariable String id, Model model, HttpServletResponse response) {
		ImportJob job = job(id);
		if (job.state().finished()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("job", job);
		addPage(job, 0, model);
		return JOB_VIEW + " :: status";
	}

	@GetMapping("/data/impor/{id}/masalah.csv")
	void problems(@PathVariable String id, HttpServletResponse response) throws IOException {
		ImportJob job = job(id);
		List<ImportProblem> problems = job.outcome().map(ImportOutcome::problems).orElse(List.of());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment()
					.filename("masalah-" + job.dataset() + ".csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		// not closed: the container owns the response's writer
		SafeCsvWriter csv = SafeCsvWriter.to(response.getWriter(), SafeCsvWriter.LineEnding.CRLF);
		csv.record("line", "column", "value", "reason");
		for (ImportProblem p : problems) {
			csv.record(Long.toString(p.line()), p.column(), p.value(), p.reason());
		}
		csv.flush();
	}

	private void addPage(ImportJob job, int page, Model model) {
		List<ImportProblem> problems = job.outcome().map(ImportOutcome::problems).orElse(List.of());
		int pages = Math.max(1, (problems.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("problems",
				problems.subList(shown * PAGE_SIZE, Math.min(problems.size(), (shown + 1) * PAGE_SIZE)));
	}

	/** The job as it stands at this moment, so that one page shows one state of it. */
	private ImportJob job(String id) {
		return this.jobs.find(id).map(ImportJob::now).orElseThrow(() -> new NotFoundException("import " + id));
	}

}
