package id.paritrana.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The stream filters of PDF that can expand data, as streams that decode a few kilobytes
 * at a time and end quietly at damaged data, as PDFBox does: for {@link PdfInspection} to
 * count what a stream decodes to without holding it.
 */
final class PdfStreamDecoders {

	private PdfStreamDecoders() {
	}

	/** A decoder that yields blocks; a single byte is read as a block of one. */
	abstract static class BlockDecoder extends InputStream {

		private final byte[] one = new byte[1];

		@Override
		public int read() throws IOException {
			return (read(this.one, 0, 1) < 0) ? -1 : (this.one[0] & 0xff);
		}

	}

	/** Flate (zlib, or raw deflate without a zlib header); damaged data ends it. */
	static final class FlateInput extends BlockDecoder {

		private final InputStream in;

		private final byte[] buffer = new byte[8192];

		private Inflater inflater;

		private boolean done;

		FlateInput(InputStream in) {
			this.in = in;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (this.inflater == null) {
				int n = this.in.readNBytes(this.buffer, 0, 2);
				if (n < 2) {
					this.done = true;
					return -1;
				}
				int cmf = this.buffer[0] & 0xff;
				int flg = this.buffer[1] & 0xff;
				boolean zlib = (cmf & 0x0f) == 8 && (cmf * 256 + flg) % 31 == 0;
				this.inflater = new Inflater(!zlib);
				this.inflater.setInput(this.buffer, 0, 2);
			}
			while (!this.done) {
				try {
					int n = this.inflater.inflate(b, off, len);
					if (n > 0) {
						return n;
					}
					if (this.inflater.finished() || this.inflater.needsDictionary()) {
						this.done = true;
					}
					else if (this.inflater.needsInput()) {
						int read = this.in.read(this.buffer, 0, this.buffer.length);
						if (read < 0) {
							this.done = true;
						}
						else {
							this.inflater.setInput(this.buffer, 0, read);
						}
					}
				}
				catch (DataFormatException ex) {
					this.done = true;
				}
			}
			this.inflater.end();
			return -1;
		}

	}

	/**
	 * LZW as in PDF (and PDFBox): 9 to 12 bit codes, 256 clears, 257 ends, early change
	 * by default.
	 */
	static final class LzwInput extends BlockDecoder {

		private final InputStream in;

		private final int earlyChange;

		private final int[] prefix = new int[4096];

		private final byte[] suffix = new byte[4096];

		private final byte[] first = new byte[4096];

		private final int[] length = new int[4096];

		private final byte[] out = new byte[4096];

		private int outPos;

		private int outLen;

		private int next = 258;

		private int previous = -1;

		private int bits;

		private int bitCount;

		private boolean done;

		LzwInput(InputStream in, int earlyChange) {
			this.in = in;
			this.earlyChange = earlyChange;
			for (int i = 0; i < 256; i++) {
				this.suffix[i] = (byte) i;
				this.first[i] = (byte) i;
				this.length[i] = 1;
				this.prefix[i] = -1;
			}
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			while (this.outPos >= this.outLen) {
				if (this.done || !fill()) {
					this.done = true;
					return -1;
				}
			}
			int n = Math.min(len, this.outLen - this.outPos);
			System.arraycopy(this.out, this.outPos, b, off, n);
			this.outPos += n;
			return n;
		}

		private int codeLength() {
			if (this.next >= 2048 - this.earlyChange) {
				return 12;
			}
			if (this.next >= 1024 - this.earlyChange) {
				return 11;
			}
			if (this.next >= 512 - this.earlyChange) {
				return 10;
			}
			return 9;
		}

		private int code() throws IOException {
			int size = codeLength();
			while (this.bitCount < size) {
				int b = this.in.read();
				if (b < 0) {
					return -1;
				}
				this.bits = ((this.bits << 8) | b) & 0xffffff;
				this.bitCount += 8;
			}
			int code = (this.bits >> (this.bitCount - size)) & ((1 << size) - 1);
			this.bitCount -= size;
			return code;
		}

		private boolean fill() throws IOException {
			while (true) {
				int code = code();
				if (code < 0 || code == 257) {
					return false;
				}
				if (code == 256) {
					this.next = 258;
					this.previous = -1;
					continue;
				}
				int emitted;
				if (this.previous < 0) {
					if (code > 255) {
						return false;
					}
					emitted = code;
				}
				else if (code < this.next) {
					emitted = code;
					add(this.previous, this.first[code]);
				}
				else if (code == this.next) {
					add(this.previous, this.first[this.previous]);
					emitted = code;
				}
				else {
					return false;
				}
				if (emitted >= this.next && emitted > 257) {
					return false;
				}
				emit(emitted);
				this.previous = emitted;
				return true;
			}
		}

		private void add(int before, byte last) {
			if (this.next < 4096) {
				this.prefix[this.next] = before;
				this.suffix[this.next] = last;
				this.first[this.next] = this.first[before];
				this.length[this.next] = this.length[before] + 1;
				this.next++;
			}
		}

		private void emit(int code) {
			int n = this.length[code];
			for (int i = n - 1, c = code; i >= 0; i--, c = this.prefix[c]) {
				this.out[i] = this.suffix[c];
			}
			this.outPos = 0;
			this.outLen = n;
		}

	}

	/** A decoder that yields one byte at a time; bulk reads are made of single ones. */
	abstract static class ByteDecoder extends InputStream {

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = 0;
			while (n < len) {
				int c = read();
				if (c < 0) {
					break;
				}
				b[off + n++] = (byte) c;
			}
			return (n == 0 && len > 0) ? -1 : n;
		}

	}

	/**
	 * RunLengthDecode: a length byte, then literal bytes or one repeated byte; 128 ends.
	 */
	static final class RunLengthInput extends ByteDecoder {

		private final InputStream in;

		private int literal;

		private int repeat;

		private int repeated;

		private boolean done;

		RunLengthInput(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			while (!this.done) {
				if (this.literal > 0) {
					this.literal--;
					int b = this.in.read();
					if (b < 0) {
						this.done = true;
						return -1;
					}
					return b;
				}
				if (this.repeat > 0) {
					this.repeat--;
					return this.repeated;
				}
				int length = this.in.read();
				if (length < 0 || length == 128) {
					this.done = true;
				}
				else if (length < 128) {
					this.literal = length + 1;
				}
				else {
					this.repeated = this.in.read();
					if (this.repeated < 0) {
						this.done = true;
					}
					else {
						this.repeat = 257 - length;
					}
				}
			}
			return -1;
		}

	}

	/** ASCIIHexDecode: pairs of hex digits, whitespace ignored, {@code >} ends. */
	static final class AsciiHexInput extends ByteDecoder {

		private final InputStream in;

		private boolean done;

		AsciiHexInput(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			if (this.done) {
				return -1;
			}
			int high = this.in.read();
			while (high >= 0 && PdfInspection.isWhitespace((byte) high)) {
				high = this.in.read();
			}
			if (high < 0 || high == '>') {
				this.done = true;
				return -1;
			}
			int low = this.in.read();
			if (low < 0 || low == '>') {
				this.done = true;
				return (Character.digit(high, 16) * 16) & 0xff;
			}
			// as PDFBox: a character that is no hex digit counts as -1, and decoding goes
			// on
			return (Character.digit(high, 16) * 16 + Character.digit(low, 16)) & 0xff;
		}

	}

	/**
	 * ASCII85Decode: groups of five characters for four bytes, {@code z} for four zeros,
	 * {@code ~} ends.
	 */
	static final class Ascii85Input extends ByteDecoder {

		private final InputStream in;

		private final byte[] out = new byte[4];

		private int outPos;

		private int outLen;

		private boolean done;

		Ascii85Input(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			if (this.outPos >= this.outLen) {
				if (this.done || !fill()) {
					this.done = true;
					return -1;
				}
			}
			return this.out[this.outPos++] & 0xff;
		}

		private boolean fill() throws IOException {
			long value = 0;
			int count = 0;
			while (count < 5) {
				int c = this.in.read();
				if (c < 0 || c == '~') {
					break;
				}
				if (PdfInspection.isWhitespace((byte) c)) {
					continue;
				}
				if (c == 'z' && count == 0) {
					this.out[0] = this.out[1] = this.out[2] = this.out[3] = 0;
					this.outPos = 0;
					this.outLen = 4;
					return true;
				}
				if (c < '!' || c > 'u') {
					break;
				}
				value = value * 85 + (c - '!');
				count++;
			}
			if (count < 5) {
				this.done = true;
				if (count < 2) {
					return false;
				}
				for (int i = count; i < 5; i++) {
					value = value * 85 + 84;
				}
			}
			int bytes = (count < 5) ? count - 1 : 4;
			for (int i = 3; i >= 0; i--) {
				this.out[i] = (byte) value;
				value >>= 8;
			}
			this.outPos = 0;
			this.outLen = bytes;
			return true;
		}

	}

}
