package id.paritrana.app.certificate;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.app.system.PublicAddress;

/**
 * Certificates of a level for those who run it (list, issue, one PDF, all as one ZIP),
 * and the public verification page of a code.
 */
@Controller
class CertificateController {

	private static final Logger log = LoggerFactory.getLogger(CertificateController.class);

	static final String LIST_VIEW = "certificate/list";

	static final String VERIFY_VIEW = "certificate/verify";

	private final Certificates certificates;

	private final CertificatePdf pdf;

	private final Editions editions;

	private final EditionChoice choice;

	private final Stages stages;

	private final PublicAddress address;

	private final TaskExecutor background;

	CertificateController(Certificates certificates, CertificatePdf pdf, Editions editions, EditionChoice choice,
			Stages stages, PublicAddress address, @Qualifier("applicationTaskExecutor") TaskExecutor background) {
		this.background = background;
		this.choice = choice;
		this.certificates = certificates;
		this.pdf = pdf;
		this.editions = editions;
		this.stages = stages;
		this.address = address;
	}

	@GetMapping("/verifikasi/{code}")
	String verify(@PathVariable String code, Model model, HttpServletResponse response) {
		Optional<Certificate> certificate = this.certificates.verify(code);
		if (certificate.isEmpty()) {
			// the same plain answer for any code that is not one issued, however close it
			// is
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
		model.addAttribute("certificate", certificate.orElse(null));
		return VERIFY_VIEW;
	}

	/**
	 * The certificates of the chosen edition at the user's own level: the nation, or
	 * their province.
	 */
	@GetMapping("/piagam")
	String own(@AuthenticationPrincipal SignedInUser me) {
		String scope = me.scope().provinceCode().orElse(id.paritrana.engine.rubric.Level.NATIONAL_SCOPE);
		CertificateAccess.requireRuns(this.stages, me, scope);
		return this.choice.of(me.getUsername())
			.map(year -> "redirect:/edisi/" + year + "/piagam/" + scope)
			.orElse("redirect:/");
	}

	@GetMapping("/edisi/{year}/piagam/{scope}")
	String list(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			Model model) {
		CertificateAccess.requireRuns(this.stages, me, scope);
		model.addAttribute("edition", this.editions.require(year));
		model.addAttribute("scope", scope);
		model.addAttribute("certificates", this.certificates.list(year, scope));
		return LIST_VIEW;
	}

	@PostMapping("/edisi/{year}/piagam/{scope}")
	String issue(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			RedirectAttributes redirect) {
		CertificateAccess.requireRuns(this.stages, me, scope);
		this.editions.require(year);
		try {
			List<Certificate> issued = this.certificates.issue(me.getUsername(), year, scope);
			redirect.addFlashAttribute("issued", issued.size());
			// laid out while the secretariat reads the list, so the first download is
			// quick
			String baseUrl = this.address.base();
			this.background.execute(() -> layOut(issued, baseUrl));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/edisi/" + year + "/piagam/" + scope;
	}

	@GetMapping("/edisi/{year}/piagam/{scope}/{code}.pdf")
	void download(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable String code, HttpServletResponse response) throws IOException {
		CertificateAccess.requireRuns(this.stages, me, scope);
		Certificate certificate = this.certificates.verify(code)
			.filter(c -> c.editionYear() == year && c.scope().equals(scope))
			.orElseThrow(() -> new NotFoundException("certificate"));
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName(certificate)).build().toString());
		this.pdf.render(certificate, this.address.base(), response.getOutputStream());
	}

	/**
	 * Every valid certificate of the level as one ZIP, each PDF written straight into the
	 * response.
	 */
	@GetMapping("/edisi/{year}/piagam/{scope}/piagam.zip")
	void zip(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			HttpServletResponse response) throws IOException {
		CertificateAccess.requireRuns(this.stages, me, scope);
		this.editions.require(year);
		List<Certificate> current = this.certificates.current(year, scope);
		if (current.isEmpty()) {
			throw new NotFoundException("certificates of " + year + "/" + scope);
		}
		String baseUrl = this.address.base();
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("piagam-" + year + "-" + scope + ".zip").build().toString());
		try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
			for (Certificate certificate : current) {
				zip.putNextEntry(new ZipEntry(fileName(certificate)));
				this.pdf.render(certificate, baseUrl, zip);
				zip.closeEntry();
			}
		}
	}

	private void layOut(List<Certificate> issued, String baseUrl) {
		try {
			issued.forEach(c -> this.pdf.render(c, baseUrl));
		}
		catch (RuntimeException ex) {
			// the download lays it out again, and says what fails
			log.warn("certificates not laid out in advance", ex);
		}
	}

	static String fileName(Certificate c) {
		String what = (c.award() == Certificate.Award.JUARA) ? c.category() + "-juara-" + c.place()
				: "inovasi-" + c.zone();
		return ("piagam-" + c.editionYear() + "-" + c.scope() + "-" + what + "-" + c.candidateCode())
			.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
	}

}
