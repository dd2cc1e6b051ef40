package id.paritrana.app.edition;

import java.time.LocalDate;

/**
 * One stage of a level: its planned dates (either may be unset) and its state (DESIGN
 * §3).
 */
public record StageStatus(Stage stage, LocalDate plannedStart, LocalDate plannedEnd, StageState state) {

}
