package id.paritrana.app.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.demo.SharedDemo;

/**
 * Every total on the results, shortlist and jury panel pages opens its explanation
 * (DESIGN §5.7), and the parts that page shows add up to that total: indicator
 * contributions to the desk score, jurors' scores to the jury score, weighted aspects to
 * the final score. The parts are summed here, from the page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TotalsExplainedIntegrationTests {

	/**
	 * Links followed per kind and page: enough to see each kind add up, without opening
	 * hundreds.
	 */
	static final int FOLLOWED = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	int year;

	@BeforeAll
	void seed() {
		this.year = SharedDemo.year(this.context);
	}

	@Test
	void theTotalsOfADeterminedLevelOpenTheirExplanations() throws Exception {
		// Gorontalo (75) is determined in the demo: desk, jury and final scores are all
		// there
		String page = open("/edisi/" + this.year + "/hasil/75");
		assertFinal(links(page, "result-final"));
		assertJury(links(page, "result-jury"));
		assertDesk(links(page, "result-desk"));
	}

	@Test
	void theShortlistsDeskScoresOpenTheirScorecards() throws Exception {
		assertDesk(links(open("/edisi/" + this.year + "/seleksi/34"), "shortlist-desk"));
	}

	@Test
	void theJuryPanelsScoresOpenTheirExplanation() throws Exception {
		String page = open("/edisi/" + this.year + "/panel/75");
		List<String> links = links(page, "panel-jury-score");
		assertJury(links);
		// and from the explanation, each juror's score opens that juror's sheet
		String explanation = open(links.get(0));
		Matcher sheet = Pattern.compile("<a class=\"jury-explain-score\"[^>]*href=\"([^\"]+)\"").matcher(explanation);
		assertThat(sheet.find()).isTrue();
		open(sheet.group(1));
	}

	private void assertFinal(List<String> links) throws Exception {
		assertThat(links).isNotEmpty();
		for (String link : links.subList(0, Math.min(FOLLOWED, links.size()))) {
			String page = open(link);
			List<BigDecimal> weights = numbers(page, "<td class=\"text-end part-weight\">([^<]+)</td>");
			List<BigDecimal> scores = numbers(page,
					"<td class=\"text-end part-score\">\\s*(?:<a[^>]*>)?(?:<span>)?([0-9.]+)<");
			List<BigDecimal> parts = numbers(page, "<td class=\"text-end part-contribution\">([^<]+)</td>");
			assertThat(parts).as(link).isNotEmpty().hasSameSizeAs(weights).hasSameSizeAs(scores);
			BigDecimal totalWeight = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal sum = BigDecimal.ZERO;
			for (int i = 0; i < parts.size(); i++) {
				BigDecimal expected = weights.get(i)
					.multiply(scores.get(i))
					.divide(totalWeight, 2, RoundingMode.HALF_UP);
				assertThat(parts.get(i)).as(link + " part " + i).isEqualByComparingTo(expected);
				sum = sum.add(parts.get(i));
			}
			BigDecimal total = number(page, "id=\"composition-final\">([^<]+)<");
			// each published aspect score is rounded, so each part may be off by half a
			// cent
			assertThat(sum.doubleValue()).as(link).isCloseTo(total.doubleValue(), within(0.005 * parts.size() + 1e-9));
		}
	}

	private void assertJury(List<String> links) throws Exception {
		assertThat(links).isNotEmpty();
		for (String link : links.subList(0, Math.min(FOLLOWED, links.size()))) {
			String page = open(link);
			List<Double> jurors = numbers(page, "<a class=\"jury-explain-score\"[^>]*data-score=\"([^\"]+)\"").stream()
				.map(BigDecimal::doubleValue)
				.toList();
			assertThat(jurors).as(link).isNotEmpty();
			double mean = jurors.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			double shownMean = number(page, "id=\"jury-explain-mean\" data-score=\"([^\"]+)\"").doubleValue();
			assertThat(shownMean).as(link).isCloseTo(mean, within(1e-9));
			String method = number(page, "id=\"jury-explain-method\">([A-Z]+)<", true);
			double total = number(page, "id=\"jury-explain-total\" data-score=\"([^\"]+)\"").doubleValue();
			if (method.equals("MEAN")) {
				assertThat(total).as(link).isCloseTo(mean, within(1e-9));
			}
			else if (method.equals("TRIMMED") && jurors.size() >= 5) {
				List<Double> sorted = jurors.stream().sorted().toList().subList(1, jurors.size() - 1);
				assertThat(total).as(link)
					.isCloseTo(sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(1e-9));
			}
			else {
				assertThat(total).as(link).isBetween(0.0, 100.0);
			}
		}
	}

	private void assertDesk(List<String> links) throws Exception {
		assertThat(links).isNotEmpty();
		for (String link : links.subList(0, Math.min(FOLLOWED, links.size()))) {
			String page = open(link);
			Matcher rows = Pattern.compile("<tr id=\"indicator-.*?</tr>", Pattern.DOTALL).matcher(page);
			BigDecimal sum = BigDecimal.ZERO;
			int count = 0;
			while (rows.find()) {
				List<BigDecimal> plain = numbers(rows.group(), "<td class=\"text-end\">([^<]+)</td>");
				// score, weight, contribution: the contribution is the last
				sum = sum.add(plain.get(plain.size() - 1));
				count++;
			}
			assertThat(count).as(link).isPositive();
			BigDecimal total = number(page, "id=\"card-total\">([^<]+)<");
			assertThat(sum.doubleValue()).as(link).isCloseTo(total.doubleValue(), within(0.005 * count + 1e-9));
		}
	}

	private String open(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(DemoUsers.ADMIN))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> links(String page, String cssClass) {
		Matcher link = Pattern.compile("<a class=\"" + cssClass + "\"[^>]*href=\"([^\"]+)\"").matcher(page);
		List<String> found = new ArrayList<>();
		while (link.find()) {
			found.add(link.group(1).replace("&amp;", "&"));
		}
		return found;
	}

	private static List<BigDecimal> numbers(String page, String regex) {
		Matcher m = Pattern.compile(regex).matcher(page);
		List<BigDecimal> found = new ArrayList<>();
		while (m.find()) {
			found.add(parse(m.group(1)));
		}
		return found;
	}

	private static BigDecimal number(String page, String regex) {
		List<BigDecimal> found = numbers(page, regex);
		assertThat(found).as(regex).hasSize(1);
		return found.get(0);
	}

	private static String number(String page, String regex, boolean text) {
		Matcher m = Pattern.compile(regex).matcher(page);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

	/**
	 * A number as a page shows it: 81,23 in Indonesian, 81.23 where the value is printed
	 * plainly.
	 */
	private static BigDecimal parse(String shown) {
		String text = shown.strip();
		if (text.contains(",")) {
			text = text.replace(".", "").replace(',', '.');
		}
		return new BigDecimal(text);
	}

}
