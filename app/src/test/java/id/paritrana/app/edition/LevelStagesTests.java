package id.paritrana.app.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.paritrana.app.system.InvalidInputException;

/** The stage machine of one level, without a database. */
class LevelStagesTests {

	/**
	 * A level with the stages before {@code stage} done and {@code stage} in
	 * {@code state}.
	 */
	static LevelStages at(Stage stage, StageState state) {
		List<StageStatus> stages = new ArrayList<>();
		for (Stage s : Stage.values()) {
			StageState st = (s.ordinal() < stage.ordinal()) ? StageState.SELESAI
					: (s == stage) ? state : StageState.BELUM;
			stages.add(new StageStatus(s, null, null, st));
		}
		return new LevelStages(stages);
	}

	static LevelStages allDone() {
		return new LevelStages(at(Stage.PENGANUGERAHAN, StageState.SELESAI).stages());
	}

	@Test
	void aLevelNotStartedIsInItsFirstStageWhichTheFirstMoveStarts() {
		LevelStages level = LevelStages.notStarted();
		assertThat(level.current()).isEqualTo(Stage.SOSIALISASI);
		assertThat(level.running(Stage.SOSIALISASI)).isFalse();
		assertThat(level.starting()).contains(Stage.SOSIALISASI);
		assertThat(level.advance(false, List.of())).isEqualTo(Map.of(Stage.SOSIALISASI, StageState.BERJALAN));
	}

	@Test
	void aMoveFinishesTheRunningStageAndStartsTheNext() {
		LevelStages level = at(Stage.VERIFIKASI, StageState.BERJALAN);
		assertThat(level.current()).isEqualTo(Stage.VERIFIKASI);
		assertThat(level.running(Stage.VERIFIKASI)).isTrue();
		assertThat(level.starting()).contains(Stage.SELEKSI);
		assertThat(level.advance(false, List.of())).containsExactly(Map.entry(Stage.VERIFIKASI, StageState.SELESAI),
				Map.entry(Stage.SELEKSI, StageState.BERJALAN));
	}

	@Test
	void aStageDoneWithNoneRunningLetsTheNextStart() {
		LevelStages level = at(Stage.SELEKSI, StageState.BELUM);
		assertThat(level.current()).isEqualTo(Stage.SELEKSI);
		assertThat(level.advance(false, List.of())).isEqualTo(Map.of(Stage.SELEKSI, StageState.BERJALAN));
	}

	@Test
	void determinationEndsPenetapanNeverASkip() {
		LevelStages level = at(Stage.PENETAPAN, StageState.BERJALAN);
		assertThatThrownBy(() -> level.advance(false, List.of())).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(key(e)).isEqualTo("result.error.determineFirst"));
		assertThat(level.advance(true, List.of())).containsExactly(Map.entry(Stage.PENETAPAN, StageState.SELESAI),
				Map.entry(Stage.PENGANUGERAHAN, StageState.BERJALAN));
	}

	@Test
	void theLastMoveOnlyFinishesAndThenNothingIsLeft() {
		LevelStages last = at(Stage.PENGANUGERAHAN, StageState.BERJALAN);
		assertThat(last.starting()).isEmpty();
		assertThat(last.advance(true, List.of())).isEqualTo(Map.of(Stage.PENGANUGERAHAN, StageState.SELESAI));
		LevelStages done = allDone();
		assertThat(done.current()).isEqualTo(Stage.PENGANUGERAHAN);
		assertThat(done.starting()).isEmpty();
		assertThatThrownBy(() -> done.advance(true, List.of()))
			.satisfies(e -> assertThat(key(e)).isEqualTo("stage.error.finished"));
	}

	@Test
	void provincesStillOpenRefuseTheMoveNamingThem() {
		LevelStages national = at(Stage.WAWANCARA, StageState.BELUM);
		assertThatThrownBy(() -> national.advance(false, List.of("34", "75")))
			.satisfies(e -> assertThat(key(e)).isEqualTo("stage.error.provincesOpen"))
			.satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).args()).containsExactly("34, 75"));
	}

	@Test
	void aLevelMovesBackOnlyToAStageDoneAndNotOnceDetermined() {
		LevelStages level = at(Stage.WAWANCARA, StageState.BERJALAN);
		assertThat(level.backProblems(Stage.VERIFIKASI, false, "34")).isEmpty();
		assertThat(level.back(Stage.VERIFIKASI)).containsExactly(Map.entry(Stage.VERIFIKASI, StageState.BERJALAN),
				Map.entry(Stage.SELEKSI, StageState.BELUM), Map.entry(Stage.WAWANCARA, StageState.BELUM),
				Map.entry(Stage.PENETAPAN, StageState.BELUM), Map.entry(Stage.PENGANUGERAHAN, StageState.BELUM));
		assertThat(level.backProblems(Stage.WAWANCARA, false, "34"))
			.extracting(InvalidInputException.Problem::messageKey)
			.containsExactly("stage.error.notBack");
		assertThat(level.backProblems(null, false, "34")).extracting(InvalidInputException.Problem::messageKey)
			.containsExactly("stage.error.notBack");
		assertThat(level.backProblems(Stage.VERIFIKASI, true, "34"))
			.extracting(InvalidInputException.Problem::messageKey)
			.containsExactly("result.error.locked.DETERMINED");
	}

	@Test
	void onlyAWellFormedLevelExists() {
		List<StageStatus> two = new ArrayList<>(at(Stage.SELEKSI, StageState.BERJALAN).stages());
		two.set(Stage.WAWANCARA.ordinal(), new StageStatus(Stage.WAWANCARA, null, null, StageState.BERJALAN));
		assertThatThrownBy(() -> new LevelStages(two)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LevelStages(LevelStages.notStarted().stages().subList(0, 6)))
			.isInstanceOf(IllegalArgumentException.class);
		List<StageStatus> swapped = new ArrayList<>(LevelStages.notStarted().stages());
		swapped.set(0, swapped.get(1));
		assertThatThrownBy(() -> new LevelStages(swapped)).isInstanceOf(IllegalArgumentException.class);
	}

	private static String key(Throwable e) {
		return ((InvalidInputException) e).problems().get(0).messageKey();
	}

}
