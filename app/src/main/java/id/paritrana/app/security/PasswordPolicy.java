package id.paritrana.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.paritrana.app.system.InvalidInputException.Problem;

/**
 * What a new password must be, in one place: at least {@value #MIN_LENGTH} characters, at
 * most {@value #MAX_BYTES} bytes in UTF-8 (BCrypt ignores or refuses the rest), and not a
 * common password, a word of the product or the account's own username or name, nor one
 * of those with digits, years or symbols around it ({@code Paritrana2025!}) or simple
 * letter substitutions ({@code p@ssw0rd}). There are no rules on character classes:
 * length and not being guessable matter, composition rules do not (NIST SP 800-63B).
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/**
	 * BCrypt's limit: it hashes only the first 72 bytes, and Spring Security refuses
	 * more.
	 */
	public static final int MAX_BYTES = 72;

	/** Words of the product and of its domain that anyone would guess first. */
	private static final Set<String> PRODUCT_WORDS = Set.of("paritrana", "paritranaaward", "penghargaan",
			"penghargaanparitrana", "bpjs", "bpjstk", "bpjsketenagakerjaan", "jamsostek", "ketenagakerjaan",
			"jaminansosial", "kemnaker", "kemenkopmk", "kemendagri", "admin", "administrator", "adminnasional",
			"panitia", "verifikator", "penilai", "operator", "katasandi", "rahasia", "indonesia", "jakarta",
			"bismillah", "sayang");

	private static final Set<String> COMMON = load("/security/common-passwords.txt");

	private PasswordPolicy() {
	}

	/**
	 * The rule a new password breaks, if any, as a problem of the field {@code password}.
	 * @param password the password
	 * @param username the account's username, or null
	 * @param displayName the person's name, or null
	 */
	public static Optional<Problem> check(String password, String username, String displayName) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return problem("user.error.password.tooShort", MIN_LENGTH);
		}
		if (tooLong(password)) {
			return problem("user.error.password.tooLong", MAX_BYTES);
		}
		Set<String> cores = cores(password);
		if (cores.isEmpty() && COMMON.contains(password.toLowerCase(Locale.ROOT))) {
			return problem("user.error.password.common");
		}
		if (cores.stream().anyMatch(core -> COMMON.contains(core) || PRODUCT_WORDS.contains(core))) {
			return problem("user.error.password.common");
		}
		Set<String> personal = personalWords(username, displayName);
		if (cores.stream().anyMatch(personal::contains)) {
			return problem("user.error.password.personal");
		}
		return Optional.empty();
	}

	/**
	 * Whether BCrypt cannot take this password: more than {@value #MAX_BYTES} bytes in
	 * UTF-8.
	 */
	public static boolean tooLong(CharSequence password) {
		return password != null && password.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
	}

	/**
	 * The guessable kernels of a password: lower case, without the digits and symbols
	 * before and after it, as typed and with common letter substitutions undone, and with
	 * the separators inside removed. Empty when nothing but digits and symbols is left.
	 */
	static Set<String> cores(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		Set<String> cores = new LinkedHashSet<>();
		for (String variant : new String[] { lower, unleet(lower) }) {
			String core = strip(variant);
			if (!core.isEmpty()) {
				cores.add(core);
				cores.add(lettersOnly(core));
			}
		}
		cores.remove("");
		return cores;
	}

	private static Set<String> personalWords(String username, String displayName) {
		Set<String> words = new HashSet<>();
		for (String value : new String[] { username, displayName }) {
			if (value == null || value.isBlank()) {
				continue;
			}
			String lower = value.strip().toLowerCase(Locale.ROOT);
			words.add(lettersOnly(lower));
			for (String part : lower.split("[^\\p{L}]+")) {
				if (part.length() >= 3) {
					words.add(part);
				}
			}
		}
		words.remove("");
		return words;
	}

	/**
	 * Without the characters that are not letters at both ends: {@code Paritrana2025!} →
	 * {@code paritrana}.
	 */
	private static String strip(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && !Character.isLetter(value.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetter(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(start, end);
	}

	private static String lettersOnly(String value) {
		return value.replaceAll("[^\\p{L}]", "");
	}

	/**
	 * Undoes the usual substitutions of letters by digits and symbols, but not at the
	 * ends.
	 */
	private static String unleet(String value) {
		String core = strip(value);
		if (core.isEmpty()) {
			return value;
		}
		StringBuilder plain = new StringBuilder(core.length());
		for (char c : core.toCharArray()) {
			plain.append(switch (c) {
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '4', '@' -> 'a';
				case '5', '$' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return plain.toString();
	}

	private static Optional<Problem> problem(String key, Object... args) {
		return Optional.of(new Problem("password", key, args));
	}

	private static Set<String> load(String resource) {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			Set<String> words = new HashSet<>(16_384);
			try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
					String lower = line.toLowerCase(Locale.ROOT);
					words.add(lower);
					// "password1" and "password" are both refused, as are the kernels of
					// the list's entries
					String core = strip(lower);
					if (core.length() >= 4) {
						words.add(core);
					}
				});
			}
			return Set.copyOf(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
