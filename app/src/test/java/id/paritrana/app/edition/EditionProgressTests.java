package id.paritrana.app.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EditionProgressTests {

	@Test
	void anEditionWhoseStagesNeverMovedHasNotStarted() {
		assertThat(EditionProgress.stateOf(Map.of())).isEqualTo(StageState.BELUM);
		assertThat(EditionProgress.stateOf(Map.of(Stages.NATIONAL, level(null, false)))).isEqualTo(StageState.BELUM);
	}

	@Test
	void anEditionRunsFromItsFirstMoveOnAnyLevel() {
		Map<String, List<StageStatus>> levels = new LinkedHashMap<>();
		levels.put(Stages.NATIONAL, level(null, false));
		levels.put("34", level(Stage.WAWANCARA, false));
		assertThat(EditionProgress.stateOf(levels)).isEqualTo(StageState.BERJALAN);
	}

	@Test
	void anEditionIsFinishedOnceTheNationalLevelAndEveryStartedProvinceAreDone() {
		Map<String, List<StageStatus>> levels = new LinkedHashMap<>();
		levels.put(Stages.NATIONAL, level(null, true));
		levels.put("34", level(null, true));
		levels.put("75", level(null, false));
		assertThat(EditionProgress.stateOf(levels)).isEqualTo(StageState.SELESAI);
		levels.put("65", level(Stage.PENGANUGERAHAN, false));
		assertThat(EditionProgress.stateOf(levels)).as("a province still at its ceremony")
			.isEqualTo(StageState.BERJALAN);
	}

	@Test
	void provincesDoneWhileTheNationalLevelIsNotLeaveTheEditionRunning() {
		Map<String, List<StageStatus>> levels = new LinkedHashMap<>();
		levels.put(Stages.NATIONAL, level(Stage.SOSIALISASI, false));
		levels.put("34", level(null, true));
		assertThat(EditionProgress.stateOf(levels)).isEqualTo(StageState.BERJALAN);
	}

	@Test
	void theOldestRunningEditionIsInProgressNotTheNewestCreated() {
		assertThat(EditionProgress.inProgress(List.of(status(2026, StageState.BELUM), status(2025, StageState.BERJALAN),
				status(2024, StageState.BERJALAN), status(2023, StageState.SELESAI))))
			.contains(2024);
	}

	@Test
	void withNoneRunningTheNewestStartedOneIsInProgress() {
		assertThat(EditionProgress.inProgress(List.of(status(2026, StageState.BELUM), status(2024, StageState.SELESAI),
				status(2025, StageState.SELESAI))))
			.contains(2025);
	}

	@Test
	void withNoneStartedTheNewestIsInProgress() {
		assertThat(EditionProgress.inProgress(List.of(status(2024, StageState.BELUM), status(2026, StageState.BELUM))))
			.contains(2026);
		assertThat(EditionProgress.inProgress(List.of())).isEmpty();
	}

	private static EditionProgress.Status status(int year, StageState state) {
		return new EditionProgress.Status(year, "Paritrana Award " + year, state);
	}

	/**
	 * A level's seven stages: those before {@code running} done, it running, the rest not
	 * started.
	 */
	private static List<StageStatus> level(Stage running, boolean allDone) {
		List<StageStatus> stages = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			StageState state = allDone ? StageState.SELESAI : (running == null || stage.ordinal() > running.ordinal())
					? StageState.BELUM : (stage == running) ? StageState.BERJALAN : StageState.SELESAI;
			stages.add(new StageStatus(stage, null, null, state));
		}
		return stages;
	}

}
