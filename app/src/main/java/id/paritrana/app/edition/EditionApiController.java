package id.paritrana.app.edition;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Editions as JSON: everyone signed in reads them, the national secretariat creates them.
 */
@RestController
@RequestMapping("/api/v1/editions")
@Tag(name = "editions", description = "Editions of the award")
class EditionApiController {

	private final Editions editions;

	EditionApiController(Editions editions) {
		this.editions = editions;
	}

	@GetMapping
	@Operation(summary = "All editions, newest first")
	List<Edition> list() {
		return this.editions.list();
	}

	@GetMapping("/{year}")
	@Operation(summary = "One edition by its award year")
	Edition get(@PathVariable int year) {
		return this.editions.require(year);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create the edition of an award year (it assesses the year before), with its rubrics"
			+ " copied from the defaults or an earlier edition and the national level's planned stage dates")
	Edition create(@AuthenticationPrincipal UserDetails me, @RequestBody NewEdition edition) {
		return this.editions.create(me.getUsername(), edition);
	}

	/** The jury settings of an edition. */
	record JurySettings(Integer minJurorsPerNominee) {
	}

	@GetMapping("/{year}/jury-settings")
	@Operation(summary = "The least number of jurors that interview each nominee")
	JurySettings jurySettings(@PathVariable int year) {
		return new JurySettings(this.editions.minJurorsPerNominee(year));
	}

	@PutMapping("/{year}/jury-settings")
	@Operation(summary = "Set the least number of jurors per nominee, 1–20 (ADMIN_NASIONAL; audited)")
	JurySettings setJurySettings(@AuthenticationPrincipal UserDetails me, @PathVariable int year,
			@RequestBody JurySettings settings) {
		this.editions.require(year);
		return new JurySettings(
				this.editions.setMinJurorsPerNominee(me.getUsername(), year, settings.minJurorsPerNominee()));
	}

}
