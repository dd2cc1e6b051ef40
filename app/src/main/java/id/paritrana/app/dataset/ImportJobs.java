package id.paritrana.app.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import id.paritrana.app.system.SafeFileName;

/**
 * Runs the imports started from the pages one after another on a background thread, and
 * keeps the latest jobs (with their problems) for the result pages. Jobs live in memory: after
 * a restart only the versions recorded in the database remain.
 */
@Service
public class ImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/** How many finished jobs are kept for their result pages. */
	private static final int KEPT = 50;

	private final DatasetImport imports;

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

	ImportJobs(DatasetImport imports) {
		this.imports = imports;
	}

	/** Starts importing an uploaded file, which the job deletes when done. */
	public ImportJob start(ImportRequest request, Path upload) {
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), request.editionYear(),
				request.dataSet().baseName(), SafeFileName.of(request.fileName()), request.actor());
		synchronized (this.jobs) {
			this.jobs.put(job.id(), job);
		}
		this.worker.submit(() -> run(job, request, upload));
		return job;
	}

	public Optional<ImportJob> find(String id) {
		synchronized (this.jobs) {
			return Optional.ofNullable(this.jobs.get(id));
		}
	}

	private void run(ImportJob job, ImportRequest request, Path upload) {
		try {
			job.finish(this.imports.run(request, job::progress));
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

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
