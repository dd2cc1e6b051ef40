package id.paritrana.app.security;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.region.Areas;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.UploadedTable;

/**
 * User administration pages: the national admin sees everyone, a provincial committee its
 * province.
 */
@Controller
class UserAdminController {

	private static final String VIEW_LIST = "security/users";

	private static final String VIEW_FORM = "security/user-form";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final UserManagement users;

	private final UserImport imports;

	private final Areas areas;

	UserAdminController(UserManagement users, UserImport imports, Areas areas) {
		this.users = users;
		this.imports = imports;
		this.areas = areas;
	}

	@InitBinder("userForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/admin/pengguna")
	String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("users", this.users.list(me, q));
		model.addAttribute("q", q);
		model.addAttribute("importColumns", UserImport.COLUMNS);
		model.addAttribute("importLimits", UserImport.LIMITS);
		return VIEW_LIST;
	}

	/**
	 * Accounts from a CSV or XLSX file, all or nothing: back to the list with how many
	 * were created, or the list with every problem of the file.
	 */
	@PostMapping("/admin/pengguna/impor")
	String importUsers(@AuthenticationPrincipal SignedInUser me,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		UserImport.Outcome outcome = this.imports.importFile(me, file);
		if (outcome.imported()) {
			redirect.addFlashAttribute("imported", outcome.created().size());
			redirect.addFlashAttribute("importedFile", outcome.fileName());
			return "redirect:/admin/pengguna";
		}
		model.addAttribute("importProblems", outcome.problems());
		model.addAttribute("importedFile", outcome.fileName());
		return list(me, "", model);
	}

	@GetMapping("/admin/pengguna/templat.csv")
	ResponseEntity<byte[]> csvTemplate(@AuthenticationPrincipal SignedInUser me) {
		this.users.requireUserAdministration(me);
		return template("pengguna.csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
				UploadedTable.csvTemplate(UserImport.COLUMNS, UserImport.EXAMPLE));
	}

	@GetMapping("/admin/pengguna/templat.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(@AuthenticationPrincipal SignedInUser me) {
		this.users.requireUserAdministration(me);
		return template("pengguna.xlsx", XLSX,
				UploadedTable.xlsxTemplate("pengguna", UserImport.COLUMNS, UserImport.EXAMPLE));
	}

	private static ResponseEntity<byte[]> template(String file, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(body);
	}

	@GetMapping("/admin/pengguna/baru")
	String initCreationForm(@AuthenticationPrincipal SignedInUser me, Model model) {
		UserForm form = new UserForm();
		me.scope().provinceCode().ifPresent(form::setProvinceCode);
		return form(me, model, form, null);
	}

	@PostMapping("/admin/pengguna")
	String processCreationForm(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("userForm") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			UserAccount created = this.users.create(me, form.getUsername(), form.getPassword(), form.details());
			redirect.addFlashAttribute("message", "user.created");
			return "redirect:/admin/pengguna/" + created.id();
		}
		catch (InvalidInputException ex) {
			reject(ex, result);
			return form(me, model, form, null);
		}
	}

	@GetMapping("/admin/pengguna/{id}")
	String initUpdateForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		UserAccount account = this.users.get(me, id);
		return form(me, model, UserForm.of(account), account);
	}

	@PostMapping("/admin/pengguna/{id}")
	String processUpdateForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute("userForm") UserForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.users.update(me, id, form.details());
			redirect.addFlashAttribute("message", "user.updated");
			return "redirect:/admin/pengguna/" + id;
		}
		catch (InvalidInputException ex) {
			reject(ex, result);
			return form(me, model, form, this.users.get(me, id));
		}
	}

	@PostMapping("/admin/pengguna/{id}/reset-sandi")
	String resetPassword(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("newPassword", this.users.resetPassword(me, id));
		return "redirect:/admin/pengguna/" + id;
	}

	private String form(SignedInUser me, Model model, UserForm form, UserAccount account) {
		model.addAttribute("userForm", form);
		model.addAttribute("account", account);
		model.addAttribute("roles", this.users.assignableRoles(me));
		model.addAttribute("provinces",
				me.scope().provinceCode().isPresent()
						? this.areas.provinces().stream().filter(p -> me.scope().coversProvince(p.code())).toList()
						: this.areas.provinces());
		return VIEW_FORM;
	}

	private static void reject(InvalidInputException ex, BindingResult result) {
		ex.problems()
			.forEach(problem -> result.rejectValue(problem.field(), problem.messageKey(), problem.args(), null));
	}

}
