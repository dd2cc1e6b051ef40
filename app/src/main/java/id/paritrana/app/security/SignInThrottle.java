package id.paritrana.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import id.paritrana.app.audit.AuditLog;

/**
 * Slows down password guessing without letting anyone lock an account. Failed sign-ins
 * are counted under three keys: the client address (every username tried from it), the
 * username and address together, and the username (from every address). Past a small free
 * allowance, each further failure makes the key wait 1 s, 2 s, 4 s… before the next
 * attempt is even checked; an attempt while any of its keys waits is refused without
 * looking at the password, and is not counted.
 * <p>
 * The username alone waits at most {@code max-delay-per-user} (30 s): the other keys stop
 * one source, but this key is the only one a distributed attacker can push, and it would
 * keep the real person out as well. A short cap keeps that nuisance to seconds, and it is
 * not applied at all from an address where that username signed in recently, so an
 * administrator at their usual desk is not kept out by a spray of failures from
 * elsewhere. A success forgets the failures of the username and of the username and
 * address; the address keeps its count, so a valid account of one's own cannot be used to
 * wipe it.
 * <p>
 * Every key is the same for usernames that exist and those that do not, so the answers
 * tell nothing about which accounts exist. The state is per node, in memory, bounded in
 * size and forgotten {@code forget-after} the last failure. One audit entry records each
 * key that starts waiting, not each failure.
 */
@Component
public class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	/** How long a successful sign-in exempts its address from the username's own wait. */
	private static final Duration TRUSTED_FOR = Duration.ofDays(30);

	private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	/** What failures are counted under. */
	enum Kind {

		ADDRESS, USER_AND_ADDRESS, USER

	}

	record Key(Kind kind, String username, String address) {
	}

	/**
	 * The failures of a key, until when it waits, and its attempts being checked right
	 * now.
	 */
	record Entry(int failures, Instant waitUntil, int inFlight) {

		static final Entry NONE = new Entry(0, null, 0);

		Entry released() {
			return new Entry(this.failures, this.waitUntil, Math.max(0, this.inFlight - 1));
		}

	}

	private final SecurityProperties.SignIn settings;

	private final AuditLog audit;

	private final Clock clock;

	private final Cache<Key, Entry> failures;

	private final Cache<Key, Boolean> trusted;

	SignInThrottle(SecurityProperties properties, AuditLog audit, ObjectProvider<Clock> clock) {
		this.settings = properties.signIn();
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(this.clock.millis());
		this.failures = Caffeine.newBuilder()
			.ticker(ticker)
			.maximumSize(this.settings.maxTracked())
			.expireAfterWrite(this.settings.forgetAfter())
			.build();
		this.trusted = Caffeine.newBuilder()
			.ticker(ticker)
			.maximumSize(this.settings.maxTracked())
			.expireAfterWrite(TRUSTED_FOR)
			.build();
	}

	/** Whether an attempt must be refused without checking its password. */
	public boolean mustWait(String username, String address) {
		Instant now = this.clock.instant();
		return keys(username, address).stream().anyMatch(key -> {
			Entry entry = this.failures.getIfPresent(key);
			return entry != null && entry.waitUntil() != null && entry.waitUntil().isAfter(now);
		});
	}

	/**
	 * Starts an attempt, unless it must be refused without checking its password: while a
	 * key waits, and also while attempts already being checked from the same source could
	 * use up its allowance, so that parallel requests cannot try more passwords than
	 * serial ones. A username that signed in from this address before and has not failed
	 * since is not held to that: a machine client sending its (right) password on many
	 * parallel calls is not refused. Each attempt started ends with {@link #failed},
	 * {@link #succeeded} or {@link #abandoned}.
	 */
	public boolean begin(String username, String address) {
		if (mustWait(username, address)) {
			return false;
		}
		Key pair = new Key(Kind.USER_AND_ADDRESS, normalize(username), address(address));
		Entry pairEntry = this.failures.getIfPresent(pair);
		if (this.trusted.getIfPresent(pair) != null && (pairEntry == null || pairEntry.failures() == 0)) {
			return true;
		}
		List<Key> started = new java.util.ArrayList<>(2);
		for (Key key : sourceKeys(username, address)) {
			boolean[] admitted = { true };
			this.failures.asMap().compute(key, (k, before) -> {
				Entry entry = before == null ? Entry.NONE : before;
				if (entry.inFlight() > 0 && entry.failures() + entry.inFlight() >= allowance(k.kind())) {
					admitted[0] = false;
					return before;
				}
				return new Entry(entry.failures(), entry.waitUntil(), entry.inFlight() + 1);
			});
			if (!admitted[0]) {
				started.forEach(this::release);
				return false;
			}
			started.add(key);
		}
		return true;
	}

	/** Counts a failed password check. */
	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		List<Key> sources = sourceKeys(username, address);
		for (Key key : keys(username, address)) {
			boolean started = sources.contains(key);
			Entry entry = this.failures.asMap().compute(key, (k, before) -> {
				Entry current = before == null ? Entry.NONE : before;
				return next(k, current.failures(), started ? current.released().inFlight() : current.inFlight(), now);
			});
			if (entry.failures() == allowance(key.kind()) + 1) {
				report(key, entry, now);
			}
		}
	}

	/** Forgets the failures of the username, from this address and from all. */
	public void succeeded(String username, String address) {
		String user = normalize(username);
		String from = address(address);
		release(new Key(Kind.ADDRESS, null, from));
		this.failures.invalidate(new Key(Kind.USER_AND_ADDRESS, user, from));
		this.failures.invalidate(new Key(Kind.USER, user, null));
		this.trusted.put(new Key(Kind.USER_AND_ADDRESS, user, from), Boolean.TRUE);
	}

	/**
	 * Ends an attempt that neither failed nor succeeded on its password (e.g. an error).
	 */
	public void abandoned(String username, String address) {
		sourceKeys(username, address).forEach(this::release);
	}

	/** How many keys are kept now (for tests and diagnostics). */
	long trackedKeys() {
		this.failures.cleanUp();
		return this.failures.estimatedSize();
	}

	static String normalize(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		// usernames are at most 64 characters; longer input cannot be one, and must not
		// grow memory
		return name.length() > 64 ? name.substring(0, 64) : name;
	}

	/** The keys of one source, whose attempts in progress are limited. */
	private List<Key> sourceKeys(String username, String address) {
		String from = address(address);
		return List.of(new Key(Kind.ADDRESS, null, from), new Key(Kind.USER_AND_ADDRESS, normalize(username), from));
	}

	private void release(Key key) {
		this.failures.asMap().computeIfPresent(key, (k, entry) -> entry.released());
	}

	private List<Key> keys(String username, String address) {
		String user = normalize(username);
		String from = address(address);
		Key pair = new Key(Kind.USER_AND_ADDRESS, user, from);
		Key address_ = new Key(Kind.ADDRESS, null, from);
		if (this.trusted.getIfPresent(pair) != null) {
			return List.of(address_, pair);
		}
		return List.of(address_, pair, new Key(Kind.USER, user, null));
	}

	private Entry next(Key key, int failuresBefore, int inFlight, Instant now) {
		int count = failuresBefore + 1;
		int beyond = count - allowance(key.kind());
		if (beyond <= 0) {
			return new Entry(count, null, inFlight);
		}
		Duration cap = key.kind() == Kind.USER ? this.settings.maxDelayPerUser() : this.settings.maxDelay();
		Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyond - 1, 30));
		return new Entry(count, now.plus(delay.compareTo(cap) > 0 ? cap : delay), inFlight);
	}

	private int allowance(Kind kind) {
		return switch (kind) {
			case ADDRESS -> this.settings.freePerAddress();
			case USER_AND_ADDRESS -> this.settings.freePerUserAndAddress();
			case USER -> this.settings.freePerUser();
		};
	}

	private void report(Key key, Entry entry, Instant now) {
		var details = new LinkedHashMap<String, Object>();
		details.put("kind", key.kind().name());
		if (key.username() != null) {
			details.put("username", key.username());
		}
		if (key.address() != null) {
			details.put("address", key.address());
		}
		details.put("failures", entry.failures());
		details.put("waitSeconds", Duration.between(now, entry.waitUntil()).toSeconds());
		String id = key.kind().name() + (key.username() == null ? "" : " " + key.username())
				+ (key.address() == null ? "" : " " + key.address());
		id = id.length() > 200 ? id.substring(0, 200) : id;
		log.warn("Sign-in throttled: {}", details);
		try {
			this.audit.recordAs("anonymous", "SIGN_IN_THROTTLED", "sign-in", id, null, details);
		}
		catch (RuntimeException ex) {
			// a sign-in answers the same whether or not the audit log could be written
			log.error("Could not audit a throttled sign-in {}", details, ex);
		}
	}

	private static String address(String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		String from = address.strip();
		return from.length() > 100 ? from.substring(0, 100) : from;
	}

}
