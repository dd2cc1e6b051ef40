package id.paritrana.app.edition;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an edition stands as a whole, from the stages of its levels (DESIGN §3), and
 * which edition is the one in progress: the edition people work in while a newer one is
 * prepared.
 */
public final class EditionProgress {

	private EditionProgress() {
	}

	/**
	 * An edition with its state: {@link StageState#BELUM} not started,
	 * {@link StageState#SELESAI} finished.
	 */
	public record Status(int awardYear, String name, StageState state) {

		public boolean started() {
			return this.state != StageState.BELUM;
		}

	}

	/**
	 * The state of an edition from its levels' stages ({@code ID} for the national
	 * level): not started while no stage of any level has moved; finished once the
	 * national level and every provincial level that started have all their stages done;
	 * running otherwise.
	 */
	static StageState stateOf(Map<String, List<StageStatus>> levels) {
		boolean started = levels.values().stream().anyMatch(EditionProgress::started);
		if (!started) {
			return StageState.BELUM;
		}
		List<StageStatus> national = levels.getOrDefault(Stages.NATIONAL, List.of());
		boolean finished = done(national)
				&& levels.values().stream().filter(EditionProgress::started).allMatch(EditionProgress::done);
		return finished ? StageState.SELESAI : StageState.BERJALAN;
	}

	/**
	 * The edition in progress: the oldest that is running; when none is, the newest that
	 * has started (all finished); when none has started, the newest. Empty when there is
	 * no edition.
	 */
	public static Optional<Integer> inProgress(List<Status> editions) {
		Optional<Status> running = editions.stream()
			.filter(e -> e.state() == StageState.BERJALAN)
			.min(Comparator.comparingInt(Status::awardYear));
		Comparator<Status> byYear = Comparator.comparingInt(Status::awardYear);
		return running.or(() -> editions.stream().filter(Status::started).max(byYear))
			.or(() -> editions.stream().max(byYear))
			.map(Status::awardYear);
	}

	private static boolean started(List<StageStatus> stages) {
		return stages.stream().anyMatch(s -> s.state() != StageState.BELUM);
	}

	private static boolean done(List<StageStatus> stages) {
		return !stages.isEmpty() && stages.stream().allMatch(s -> s.state() == StageState.SELESAI);
	}

}
