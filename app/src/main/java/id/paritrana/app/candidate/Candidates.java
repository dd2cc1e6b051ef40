package id.paritrana.app.candidate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.paritrana.app.assessment.Leaderboards;
import id.paritrana.app.evidence.EvidenceOwner;
import id.paritrana.app.evidence.EvidenceRecords;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The candidates of an edition per category and scope: every government with coverage
 * data and every imported employer, as scored at the level they enter the award, with
 * their eligibility, flags (made readable), desk score and the counts of their evidence
 * by status.
 */
@Service
public class Candidates {

	private final Leaderboards leaderboards;

	private final EvidenceRecords evidence;

	Candidates(Leaderboards leaderboards, EvidenceRecords evidence) {
		this.leaderboards = leaderboards;
		this.evidence = evidence;
	}

	/**
	 * A flag of DESIGN §5.1 in two parts: its kind ({@code TIDAK_MEMENUHI}, …) and what
	 * it is about.
	 */
	public record Flag(String code, String kind, String subject) {

		static Flag of(String code) {
			int colon = code.indexOf(':');
			return (colon < 0) ? new Flag(code, code, "")
					: new Flag(code, code.substring(0, colon), code.substring(colon + 1));
		}

	}

	/** One candidate of a list. */
	public record Candidate(Level level, Category category, String code, String name, String scope, boolean eligible,
			List<Flag> flags, BigDecimal deskScore, Integer deskRank, EvidenceRecords.Counts evidence) {
	}

	/** One page of candidates and how many match. */
	public record Page(List<Candidate> rows, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	/**
	 * A page of the candidates of one category, in a scope (empty: every scope), by code.
	 */
	public Page list(int editionYear, Category category, Optional<String> scope, Optional<Boolean> eligible,
			String search, int page, int size) {
		Leaderboards.Page board = this.leaderboards.board(editionYear, new Leaderboards.Query(category.entryLevel(),
				category, scope, eligible, search, Leaderboards.Sort.CODE, page, size));
		Map<String, EvidenceRecords.Counts> counts = this.evidence.counts(editionYear,
				board.rows().stream().map(Leaderboards.Row::code).toList());
		return new Page(board.rows().stream().map(r -> candidate(r, counts)).toList(), board.total(), board.page(),
				board.size());
	}

	private static Candidate candidate(Leaderboards.Row r, Map<String, EvidenceRecords.Counts> counts) {
		return new Candidate(r.level(), r.category(), r.code(), r.name(), r.scope(), r.eligible(),
				r.flags().stream().map(Flag::of).toList(), r.deskScore(), r.deskRank(),
				counts.getOrDefault(r.code(), EvidenceRecords.Counts.NONE));
	}

	/**
	 * The candidate as scored at its entry level, when its desk score has been computed.
	 */
	public Optional<Candidate> scored(int editionYear, EvidenceOwner owner) {
		List<Category> categories = owner.governmentCategory()
			.map(List::of)
			.orElse(List.of(Category.BU_BESAR, Category.BU_MENENGAH, Category.UKM));
		Map<String, EvidenceRecords.Counts> counts = this.evidence.counts(editionYear, List.of(owner.code()));
		for (Category category : categories) {
			Optional<Leaderboards.Row> row = this.leaderboards.find(editionYear, category.entryLevel(), category,
					owner.code());
			if (row.isPresent()) {
				return Optional.of(candidate(row.get(), counts));
			}
		}
		return Optional.empty();
	}

}
