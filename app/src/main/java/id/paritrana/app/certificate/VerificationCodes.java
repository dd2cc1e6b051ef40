package id.paritrana.app.certificate;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Verification codes: 160 bits from {@link SecureRandom}, written in lower-case RFC 4648
 * base32 (32 characters, URL-safe, no padding). A code is looked up only when it has
 * exactly that form, and then only by equality, so an altered code matches nothing and
 * nothing tells how close it was.
 */
final class VerificationCodes {

	static final int BYTES = 20;

	private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	private static final Pattern FORM = Pattern.compile("[a-z2-7]{32}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCodes() {
	}

	static String next() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return base32(bytes);
	}

	static boolean wellFormed(String code) {
		return code != null && FORM.matcher(code).matches();
	}

	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
		}
		return out.toString();
	}

}
