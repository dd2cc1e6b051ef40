package id.paritrana.app.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.SafeFileName;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.InvalidDataException;

/**
 * Runs the imports started from the pages one after another on a background thread, and
 * keeps the latest jobs (with their problems) for the result pages. Jobs live in memory:
 * after a restart only the versions recorded in the database remain.
 */
@Service
public class ImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/** How many finished jobs are kept for their result pages. */
	private static final int KEPT = 50;

	private final DatasetImport imports;

	private final CandidateMeasures measures;

	private final ResultGuard guard;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "dataset-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ImportJob> jobs = new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
			return size() > KEPT;
		}

	};

	ImportJobs(DatasetImport imports, CandidateMeasures measures, ResultGuard guard) {
		this.imports = imports;
		this.measures = measures;
		this.guard = guard;
	}

	/** Starts importing an uploaded file, which the job deletes when done. */
	public ImportJob start(ImportRequest request, Path upload) {
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), request.editionYear(), request.dataSet().baseName(),
				SafeFileName.of(request.fileName()), request.actor());
		synchronized (this.jobs) {
			this.jobs.put(job.id(), job);
		}
		this.worker.submit(() -> run(job, request, upload));
		return job;
	}

	/**
	 * Starts computing the measures of an edition alone, e.g. after fixing the data sets.
	 * @param overrideReason why it goes ahead although a level is past VERIFIKASI
	 * ({@link ResultGuard}); empty for none; the caller checked that the actor may
	 * override
	 */
	public ImportJob startMeasures(int editionYear, String actor, Optional<String> overrideReason) {
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), editionYear, null, "", actor);
		synchronized (this.jobs) {
			this.jobs.put(job.id(), job);
		}
		this.worker.submit(() -> {
			try {
				job.measuring();
				job.measured(measure(editionYear, actor, overrideReason));
			}
			catch (RuntimeException ex) {
				log.error("Measures job {} for edition {} failed", job.id(), editionYear, ex);
				job.fail();
			}
		});
		return job;
	}

	public Optional<ImportJob> find(String id) {
		synchronized (this.jobs) {
			return Optional.ofNullable(this.jobs.get(id));
		}
	}

	private void run(ImportJob job, ImportRequest request, Path upload) {
		try {
			ImportOutcome outcome = this.imports.run(request, job::progress);
			job.finish(outcome);
			if (outcome.imported()) {
				job.measured(measuresAfterImport(request));
			}
		}
		catch (RuntimeException ex) {
			log.error("Import {} of {} for edition {} failed", job.id(), job.dataset(), job.editionYear(), ex);
			job.fail();
		}
		finally {
			try {
				Files.deleteIfExists(upload);
			}
			catch (IOException ex) {
				log.warn("Could not delete the upload {}", upload, ex);
			}
		}
	}

	/**
	 * The measures from the data just imported: computed at once while no level of the
	 * edition is past VERIFIKASI; otherwise left as they were (an override of the import
	 * does not extend to them), for the national administrator to recompute explicitly.
	 */
	private ImportJob.Measures measuresAfterImport(ImportRequest request) {
		if (request.dataSet() == DataSet.JURY_SCORES) {
			// interview scores are not measured
			return ImportJob.Measures
				.refused(List.of(new InvalidInputException.Problem("dataset", "pipeline.measures.notNeeded")));
		}
		List<InvalidInputException.Problem> refusal = this.guard.refusal(request.editionYear(), Optional.empty());
		if (!refusal.isEmpty()) {
			return ImportJob.Measures.refused(refusal);
		}
		return measure(request.editionYear(), request.actor(), Optional.empty());
	}

	private ImportJob.Measures measure(int editionYear, String actor, Optional<String> overrideReason) {
		try {
			return ImportJob.Measures.computed(this.measures.compute(editionYear, actor, overrideReason).candidates());
		}
		catch (InvalidInputException ex) {
			return ImportJob.Measures.refused(ex.problems());
		}
		catch (InvalidDataException ex) {
			return ImportJob.Measures.invalid(ex.lines());
		}
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
