package id.paritrana.app.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Messages to people (the outbox): written in the caller's transaction, so a message
 * exists exactly when the change it tells of does, and sent after it by
 * {@link OutboxSender}. Each is rendered once, in its recipient's language, from a
 * Thymeleaf template under {@code templates/mail/} and a subject from the message
 * bundles; what was rendered is what is sent and what the administrator reads.
 */
@Service
public class Outbox {

	/**
	 * Who a message is for: an account, its e-mail address (may be null) and language.
	 */
	public record Recipient(String username, String email, String language) {

		public Locale locale() {
			return Locale.forLanguageTag("en".equals(this.language) ? "en" : "id");
		}

	}

	/**
	 * A file sent with a message: an invitation to an interview ({@code text/calendar}).
	 */
	public record Attachment(String name, String contentType, String content) {
	}

	/** A stored message, as the outbox pages show it. */
	public record Message(long id, String recipient, String email, String language, String kind, String subject,
			String body, String attachmentName, String attachmentType, String attachment, Status status, int attempts,
			String lastError, Instant createdAt, Instant sentAt) {
	}

	/** Where a message stands (see migration V18). */
	public enum Status {

		QUEUED, SENDING, SENT, FAILED,
		/** The account has no e-mail address: the message is read in the application. */
		IN_APP

	}

	private static final String COLUMNS = "id, recipient, email, language, kind, subject, body, attachment_name,"
			+ " attachment_type, attachment, status, attempts, last_error, created_at, sent_at";

	private final JdbcClient jdbc;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final ApplicationContext beans;

	Outbox(JdbcClient jdbc, ITemplateEngine templates, MessageSource messages, ApplicationContext beans) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.messages = messages;
		this.beans = beans;
	}

	/**
	 * Writes a message to the outbox in the current transaction.
	 * @param kind what the message tells of: its subject is {@code mail.subject.<kind>}
	 * and its body the template {@code mail/<kind>}
	 * @param subjectArgs the subject's arguments
	 * @param model the template's variables
	 * @param attachment a file to send with it, if any
	 */
	public long enqueue(Recipient to, String kind, Object[] subjectArgs, Map<String, Object> model,
			Optional<Attachment> attachment) {
		Locale locale = to.locale();
		String subject = this.messages.getMessage("mail.subject." + kind, subjectArgs, locale);
		String body = render(kind, locale, model);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO outbox_message (recipient, email, language, kind, subject, body, attachment_name,"
					+ " attachment_type, attachment, status, next_attempt_at, created_at) VALUES (:recipient, :email,"
					+ " :language, :kind, :subject, :body, :attachmentName, :attachmentType, :attachment, :status,"
					+ " :now, :now)")
			.param("status", (to.email() == null) ? Status.IN_APP.name() : Status.QUEUED.name())
			.param("recipient", to.username())
			.param("email", to.email())
			.param("language", locale.getLanguage())
			.param("kind", kind)
			.param("subject", (subject.length() > 300) ? subject.substring(0, 300) : subject)
			.param("body", body)
			.param("attachmentName", attachment.map(Attachment::name).orElse(null))
			.param("attachmentType", attachment.map(Attachment::contentType).orElse(null))
			.param("attachment", attachment.map(Attachment::content).orElse(null))
			.param("now", now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * The body in the recipient's language, with the beans ({@code @fmt}) the pages use,
	 * whose numbers and times follow that language too.
	 */
	private String render(String kind, Locale locale, Map<String, Object> model) {
		Context context = new Context(locale, model);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans, null));
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			return this.templates.process("mail/" + kind, context);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	/** The newest messages, of a status or all, at most {@code limit}. */
	public List<Message> latest(Optional<Status> status, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM outbox_message WHERE (CAST(:status AS VARCHAR(16)) IS NULL"
					+ " OR status = :status) ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.param("status", status.map(Status::name).orElse(null))
			.query(Outbox::map)
			.list();
	}

	/** A recipient's messages, newest first. */
	public List<Message> of(String recipient, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM outbox_message WHERE recipient = :r ORDER BY created_at DESC, id DESC"
					+ " FETCH FIRST " + limit + " ROWS ONLY")
			.param("r", recipient)
			.query(Outbox::map)
			.list();
	}

	public Optional<Message> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM outbox_message WHERE id = :id")
			.param("id", id)
			.query(Outbox::map)
			.optional();
	}

	/** How many messages there are of each status. */
	public Map<Status, Long> counts() {
		Map<Status, Long> counts = new java.util.EnumMap<>(Status.class);
		for (Status s : Status.values()) {
			counts.put(s, 0L);
		}
		this.jdbc.sql("SELECT status, COUNT(*) FROM outbox_message GROUP BY status")
			.query((rs, n) -> counts.put(Status.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * Queues a failed message again, for a fresh round of attempts; a sent or queued one
	 * is left as it is.
	 * @return whether it was queued
	 */
	public boolean resend(long id) {
		return this.jdbc
			.sql("UPDATE outbox_message SET status = 'QUEUED', attempts = 0, next_attempt_at = :now, last_error = NULL"
					+ " WHERE id = :id AND status = 'FAILED'")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", id)
			.update() == 1;
	}

	private static Message map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
		return new Message(rs.getLong("id"), rs.getString("recipient"), rs.getString("email"), rs.getString("language"),
				rs.getString("kind"), rs.getString("subject"), rs.getString("body"), rs.getString("attachment_name"),
				rs.getString("attachment_type"), rs.getString("attachment"), Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), rs.getString("last_error"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), (sent == null) ? null : sent.toInstant());
	}

}
