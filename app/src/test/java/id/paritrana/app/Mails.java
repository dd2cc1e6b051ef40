package id.paritrana.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a test's SMTP server (GreenMail) received, read as a person would: by address and
 * subject, with the HTML body decoded.
 */
public final class Mails {

	private Mails() {
	}

	/**
	 * Waits until the outbox has nothing left to send while the SMTP server listens, so
	 * that a test starts without the messages of the one before: a message that found no
	 * server (between two tests, or written by a class without one) and waits for its
	 * next attempt is due at once.
	 */
	public static void awaitOutboxQuiet(JdbcClient jdbc) {
		jdbc.sql("UPDATE outbox_message SET next_attempt_at = CURRENT_TIMESTAMP WHERE status = 'QUEUED'").update();
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc
				.sql("SELECT recipient || ': ' || status || ' ' || COALESCE(last_error, '') FROM outbox_message"
						+ " WHERE status IN ('QUEUED', 'SENDING')")
				.query(String.class)
				.list()).as("messages still to send").isEmpty());
	}

	/** The messages received for that address whose subject contains the text. */
	public static List<MimeMessage> to(GreenMailExtension smtp, String address, String subject)
			throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals(address)
					&& message.getSubject().contains(subject)) {
				found.add(message);
			}
		}
		return found;
	}

	/**
	 * Waits for the one message to that address whose subject contains the text, and
	 * answers it.
	 */
	public static MimeMessage awaitOne(GreenMailExtension smtp, String address, String subject) throws Exception {
		return await(smtp, address, subject, 1).get(0);
	}

	/**
	 * Waits for that many messages to that address whose subject contains the text, and
	 * answers them in the order received.
	 */
	public static List<MimeMessage> await(GreenMailExtension smtp, String address, String subject, int count)
			throws Exception {
		Awaitility.await(count + " messages to " + address + " about " + subject)
			.atMost(Duration.ofSeconds(30))
			.until(() -> to(smtp, address, subject).size() >= count);
		List<MimeMessage> found = to(smtp, address, subject);
		assertThat(found).as("messages to %s about %s", address, subject).hasSize(count);
		return found;
	}

	/** The decoded HTML body of a message (of its first text part). */
	public static String html(Part part) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = html(multipart.getBodyPart(i));
				if (!text.isEmpty()) {
					return text;
				}
			}
			return "";
		}
		return part.isMimeType("text/html") ? (String) content : "";
	}

}
