package id.paritrana.app.jury;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.paritrana.app.security.UserManagement;
import id.paritrana.app.system.Formats;
import id.paritrana.app.system.Outbox;
import id.paritrana.app.system.PublicAddress;

/**
 * Tells the jurors of a nominee when and where its interview is, each time it is set or
 * moved, and a juror assigned to it after it was set: a message with the interview as a
 * calendar invitation ({@code .ics}, one UID per interview, so that a moved interview
 * replaces the earlier one in the juror's calendar). Written to the outbox in the
 * scheduling's own transaction.
 */
@Component
class InterviewInvitations {

	private final UserManagement users;

	private final Outbox outbox;

	private final PublicAddress address;

	InterviewInvitations(UserManagement users, Outbox outbox, PublicAddress address) {
		this.users = users;
		this.outbox = outbox;
		this.address = address;
	}

	/** Invites the jurors assigned to the slot's nominee to its interview. */
	void invite(int editionYear, InterviewSchedule.Slot slot) {
		invite(editionYear, slot, slot.jurors());
	}

	/**
	 * Invites some of the slot's jurors to its interview: those just assigned to a
	 * nominee whose interview is already set.
	 */
	void invite(int editionYear, InterviewSchedule.Slot slot, Collection<String> jurors) {
		ZoneId zone = Formats.zoneOf(slot.scope());
		Instant start = slot.date().atTime(slot.start()).atZone(zone).toInstant();
		Instant end = slot.date().atTime(slot.end()).atZone(zone).toInstant();
		String link = this.address.base() + "/penilaian/" + editionYear + "/" + slot.level() + "/" + slot.category()
				+ "/" + slot.candidateCode();
		Outbox.Attachment ics = new Outbox.Attachment("wawancara-" + slot.candidateCode() + ".ics",
				"text/calendar; charset=UTF-8; method=REQUEST", calendar(editionYear, slot, start, end, link));
		for (String username : jurors) {
			this.users.findUsername(username).filter(a -> a.enabled()).ifPresent(juror -> {
				Map<String, Object> model = new HashMap<>();
				model.put("name", juror.displayName());
				model.put("candidate", slot.candidateName());
				model.put("category", new DefaultMessageSourceResolvable("category." + slot.category()));
				model.put("start", start);
				model.put("end", end);
				model.put("scope", slot.scope());
				model.put("place", slot.place());
				model.put("link", link);
				this.outbox.enqueue(new Outbox.Recipient(juror.username(), juror.email(), juror.language()),
						"interview", new Object[] { slot.candidateName() }, model, Optional.of(ics));
			});
		}
	}

	private static String calendar(int editionYear, InterviewSchedule.Slot slot, Instant start, Instant end,
			String link) {
		ICalendar calendar = new ICalendar();
		calendar.setMethod(Method.request());
		VEvent event = new VEvent();
		event.setUid("interview-" + editionYear + "-" + slot.level() + "-" + slot.category() + "-"
				+ slot.candidateCode() + "@paritrana");
		// a later version of the same interview replaces the earlier one
		event.setSequence((int) (Instant.now().getEpochSecond() / 60 - 29_000_000));
		event.setDateStart(Date.from(start));
		event.setDateEnd(Date.from(end));
		event.setSummary("Wawancara Paritrana: " + slot.candidateName());
		event.setLocation(slot.place());
		event.setDescription(link);
		calendar.addEvent(event);
		return Biweekly.write(calendar).go();
	}

}
