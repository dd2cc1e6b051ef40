package id.paritrana.app.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.paritrana.app.edition.Editions;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.data.DataSet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Data set imports as JSON: the same import as the pages and the command line. An invalid
 * file answers 400 with every problem (line, column, value, reason) and stores nothing.
 */
@RestController
@RequestMapping("/api/v1/editions/{year}/datasets")
@Tag(name = "datasets", description = "Imports of the data sets of an edition")
class DatasetApiController {

	private final DatasetImport imports;

	private final DatasetVersions versions;

	private final Editions editions;

	private final MessageSource messages;

	DatasetApiController(DatasetImport imports, DatasetVersions versions, Editions editions, MessageSource messages) {
		this.imports = imports;
		this.versions = versions;
		this.editions = editions;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The current version of every data set the edition has")
	List<DatasetVersion> current(@PathVariable int year) {
		this.editions.require(year);
		return this.versions.current(year);
	}

	@GetMapping("/{dataset}/versions")
	@Operation(summary = "Every version of a data set of the edition, newest first")
	List<DatasetVersion> history(@PathVariable int year, @PathVariable String dataset) {
		this.editions.require(year);
		return this.versions.history(year, dataSet(dataset));
	}

	@PostMapping(path = "/{dataset}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a data set file (CSV or XLSX), all or nothing; it replaces the current version")
	@ApiResponse(responseCode = "201", description = "Imported: the new current version of the data set",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = DatasetVersion.class)))
	@ApiResponse(responseCode = "400", description = "The file was refused, nothing was imported: file, problems "
			+ "(by line and column) and problemsNotListed say why; or a level of the edition is past VERIFIKASI and "
			+ "no overrideReason (national administrator only, audited) was given: problems name each level",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<?> importFile(@AuthenticationPrincipal UserDetails me, @PathVariable int year,
			@PathVariable String dataset, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String overrideReason, Locale locale) {
		DataSet set = dataSet(dataset);
		this.editions.require(year);
		ResultGuardAccess.requireMayOverride(me, overrideReason);
		Path upload;
		try {
			upload = Uploads.save(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			ImportOutcome outcome = this.imports.run(
					new ImportRequest(year, set, file.getOriginalFilename(), upload, me.getUsername(), overrideReason),
					ImportProgress.NONE);
			if (outcome.imported()) {
				return ResponseEntity.status(HttpStatus.CREATED).body(outcome.version().orElseThrow());
			}
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					this.messages.getMessage("data.invalid", new Object[] { outcome.fileName() }, locale));
			problem.setProperty("file", outcome.fileName());
			problem.setProperty("problems", outcome.problems());
			problem.setProperty("problemsNotListed", outcome.problemsNotListed());
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		finally {
			try {
				Files.deleteIfExists(upload);
			}
			catch (IOException ex) {
				// a leftover temporary file is harmless; the import's outcome stands
			}
		}
	}

	private static DataSet dataSet(String name) {
		return DataSets.byName(name).orElseThrow(() -> new NotFoundException("data set " + name));
	}

}
