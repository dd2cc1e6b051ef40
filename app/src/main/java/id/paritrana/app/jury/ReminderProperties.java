package id.paritrana.app.jury;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reminders to jurors ({@code paritrana.reminders.*}).
 *
 * @param sheetsBefore how long before a level's interview stage is planned to end its
 * jurors are reminded of the sheets they have not submitted (ISO-8601, e.g. {@code P3D})
 */
@ConfigurationProperties("paritrana.reminders")
record ReminderProperties(@DefaultValue("P3D") Period sheetsBefore) {

	ReminderProperties {
		if (sheetsBefore.isNegative()) {
			throw new IllegalArgumentException(
					"paritrana.reminders.sheets-before must not be negative: " + sheetsBefore);
		}
	}

}
