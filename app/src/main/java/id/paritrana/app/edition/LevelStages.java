package id.paritrana.app.edition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.paritrana.app.system.InvalidInputException;

/**
 * The stage machine of one level (DESIGN §3), without storage: its seven stages in order
 * with their states, and the moves the rules allow. Stages run one after another: at most
 * one is {@link StageState#BERJALAN} and every stage before it is done. {@link Stages}
 * reads a level, asks this for the changes of a move, stores and audits them.
 *
 * @param stages every stage of the level, in order
 */
public record LevelStages(List<StageStatus> stages) {

	public LevelStages {
		stages = List.copyOf(stages);
		if (stages.size() != Stage.values().length) {
			throw new IllegalArgumentException("a level has " + Stage.values().length + " stages: " + stages);
		}
		boolean running = false;
		for (int i = 0; i < stages.size(); i++) {
			StageStatus s = stages.get(i);
			if (s.stage().ordinal() != i) {
				throw new IllegalArgumentException("stages out of order: " + stages);
			}
			if (s.state() == StageState.BERJALAN) {
				if (running) {
					throw new IllegalArgumentException("two stages running: " + stages);
				}
				running = true;
			}
		}
	}

	/** A level not run yet: every stage {@link StageState#BELUM}, nothing planned. */
	public static LevelStages notStarted() {
		List<StageStatus> stages = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			stages.add(new StageStatus(stage, null, null, StageState.BELUM));
		}
		return new LevelStages(stages);
	}

	/**
	 * The stage the level is in: the first that is not done (running, or next to start);
	 * the last once every stage is done.
	 */
	public Stage current() {
		return open().map(StageStatus::stage).orElse(Stage.PENGANUGERAHAN);
	}

	/** Whether that stage is running now. */
	public boolean running(Stage stage) {
		return this.stages.get(stage.ordinal()).state() == StageState.BERJALAN;
	}

	/**
	 * The stage the next move forward starts: the first not started when none runs, else
	 * the one after the running stage; empty when the move only finishes the last, or
	 * every stage is done.
	 */
	public Optional<Stage> starting() {
		return open().flatMap(s -> (s.state() == StageState.BELUM) ? Optional.of(s.stage()) : s.stage().next());
	}

	/**
	 * The changes of a move forward, in the order they apply: the running stage done, the
	 * next running.
	 * @param locked whether the level's results are determined (or the level was closed)
	 * @param provincesOpen for the national level starting {@link Stage#SELEKSI}: the
	 * provinces that started and are neither determined nor closed (none for any other
	 * move)
	 * @throws InvalidInputException every stage is done; {@link Stage#PENETAPAN} runs and
	 * the results are not determined (it ends by determination, never by skipping it);
	 * provinces are still open
	 */
	public Map<Stage, StageState> advance(boolean locked, List<String> provincesOpen) {
		StageStatus open = open().orElseThrow(() -> new InvalidInputException("stage", "stage.error.finished"));
		if (!provincesOpen.isEmpty()) {
			throw new InvalidInputException("stage", "stage.error.provincesOpen", String.join(", ", provincesOpen));
		}
		if (open.stage() == Stage.PENETAPAN && open.state() == StageState.BERJALAN && !locked) {
			throw new InvalidInputException("stage", "result.error.determineFirst");
		}
		Map<Stage, StageState> changes = new EnumMap<>(Stage.class);
		if (open.state() == StageState.BERJALAN) {
			changes.put(open.stage(), StageState.SELESAI);
		}
		starting().ifPresent(stage -> changes.put(stage, StageState.BERJALAN));
		return changes;
	}

	/**
	 * Why the level cannot move back to that stage: only a stage that is done runs again,
	 * and determined results change only by a numbered revision (DESIGN §5.8). Empty when
	 * it can.
	 */
	public List<InvalidInputException.Problem> backProblems(Stage target, boolean locked, String levelScope) {
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (target == null || this.stages.get(target.ordinal()).state() != StageState.SELESAI) {
			problems.add(new InvalidInputException.Problem("stage", "stage.error.notBack"));
		}
		if (locked) {
			problems.add(new InvalidInputException.Problem("stage", "result.error.locked.DETERMINED", levelScope));
		}
		return problems;
	}

	/**
	 * The changes of a move back: the target runs again, every stage after it is not
	 * started.
	 */
	public Map<Stage, StageState> back(Stage target) {
		Map<Stage, StageState> changes = new EnumMap<>(Stage.class);
		changes.put(target, StageState.BERJALAN);
		for (Stage later = target.next().orElse(null); later != null; later = later.next().orElse(null)) {
			changes.put(later, StageState.BELUM);
		}
		return changes;
	}

	private Optional<StageStatus> open() {
		return this.stages.stream().filter(s -> s.state() != StageState.SELESAI).findFirst();
	}

}
