package id.paritrana.app.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's messages after the transactions that wrote them, over SMTP
 * ({@code SPRING_MAIL_HOST} and the other {@code spring.mail.*} settings); without SMTP
 * configured it sends nothing and the messages wait, readable on the outbox page.
 *
 * <p>
 * A message is claimed ({@code SENDING}) in its own committed statement before it is
 * handed to the server, so two senders never send it both; a failure queues it again
 * after a pause that doubles with each attempt, and after {@value #MAX_ATTEMPTS} attempts
 * it fails with the reason. One found {@code SENDING} at start-up may have gone out
 * before a crash: it is marked failed, never sent again without the administrator.
 */
@Component
public class OutboxSender {

	static final int MAX_ATTEMPTS = 5;

	private static final int BATCH = 20;

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	private final Duration firstPause;

	OutboxSender(JdbcClient jdbc, Outbox outbox, ObjectProvider<JavaMailSender> mail,
			@Value("${paritrana.mail.from:Paritrana <noreply@paritrana.local>}") String from,
			@Value("${paritrana.mail.first-retry-after:PT1M}") Duration firstPause) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.mail = mail;
		this.from = from;
		this.firstPause = firstPause;
	}

	/** Whether an SMTP server is configured: without one, messages wait in the outbox. */
	public boolean configured() {
		return this.mail.getIfAvailable() != null;
	}

	@EventListener(ApplicationReadyEvent.class)
	void recoverInterrupted() {
		int interrupted = this.jdbc
			.sql("UPDATE outbox_message SET status = 'FAILED', last_error = :why WHERE status = 'SENDING'")
			.param("why", "outbox.error.interrupted")
			.update();
		if (interrupted > 0) {
			log.warn("{} messages were being sent when the application stopped; marked failed", interrupted);
		}
	}

	@Scheduled(fixedDelayString = "${paritrana.mail.send-every:PT5S}")
	void sendScheduled() {
		sendDue();
	}

	/** Sends the messages that are due now; answers how many went out. */
	public int sendDue() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		List<Long> due = this.jdbc
			.sql("SELECT id FROM outbox_message WHERE status = 'QUEUED' AND next_attempt_at <= :now"
					+ " ORDER BY next_attempt_at, id FETCH FIRST " + BATCH + " ROWS ONLY")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.query(Long.class)
			.list();
		int sent = 0;
		for (long id : due) {
			if (claim(id)) {
				sent += send(sender, id) ? 1 : 0;
			}
		}
		return sent;
	}

	private boolean claim(long id) {
		return this.jdbc
			.sql("UPDATE outbox_message SET status = 'SENDING', attempts = attempts + 1 WHERE id = :id"
					+ " AND status = 'QUEUED'")
			.param("id", id)
			.update() == 1;
	}

	private boolean send(JavaMailSender sender, long id) {
		Outbox.Message message = this.outbox.find(id).orElseThrow();
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, message.attachment() != null,
					StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(message.email());
			helper.setSubject(message.subject());
			helper.setText(message.body(), true);
			if (message.attachment() != null) {
				helper.addAttachment(message.attachmentName(),
						new ByteArrayResource(message.attachment().getBytes(StandardCharsets.UTF_8)),
						message.attachmentType());
			}
			sender.send(mime);
		}
		catch (MailException | MessagingException ex) {
			String why = String.valueOf(ex.getMessage());
			if (message.attempts() >= MAX_ATTEMPTS) {
				fail(id, why);
			}
			else {
				this.jdbc
					.sql("UPDATE outbox_message SET status = 'QUEUED', next_attempt_at = :next, last_error = :why"
							+ " WHERE id = :id")
					.param("next",
							OffsetDateTime.now(ZoneOffset.UTC)
								.plus(EventUpkeep.pause(message.attempts(), this.firstPause)))
					.param("why", cut(why))
					.param("id", id)
					.update();
			}
			log.warn("Message {} to {} not sent (attempt {}): {}", id, message.recipient(), message.attempts(), why);
			return false;
		}
		this.jdbc.sql("UPDATE outbox_message SET status = 'SENT', sent_at = :now, last_error = NULL WHERE id = :id")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", id)
			.update();
		return true;
	}

	private void fail(long id, String why) {
		this.jdbc.sql("UPDATE outbox_message SET status = 'FAILED', last_error = :why WHERE id = :id")
			.param("why", cut(why))
			.param("id", id)
			.update();
	}

	private static String cut(String text) {
		return (text.length() > 1000) ? text.substring(0, 1000) : text;
	}

}
