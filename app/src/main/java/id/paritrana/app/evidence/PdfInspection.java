package id.paritrana.app.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.paritrana.app.system.InvalidInputException;

/**
 * A bounded look at the raw bytes of an uploaded PDF, before any PDF library parses them:
 * every stream is found (after each {@code obj} keyword, wherever it stands, so objects
 * hidden inside other streams are found too), its filter chain is decoded streaming and
 * only counted, against one budget of decoded bytes for the whole document; data starting
 * with a zlib header is counted even without a declared filter. Predictor parameters that
 * would make PDFBox allocate huge rows, encrypted documents, ZIP polyglots, data after
 * the last {@code %%EOF} and names of active content are refused here too. Nothing is
 * buffered beyond a few kilobytes per stream, so a compression bomb costs at most the
 * budget in CPU, never memory.
 */
final class PdfInspection {

	static final String TOO_COMPLEX = "evidence.error.pdfTooComplex";

	static final String STRUCTURE = "evidence.error.pdfStructure";

	static final String ENCRYPTED = "evidence.error.pdfEncrypted";

	static final String ACTIVE = "evidence.error.pdfActiveContent";

	static final String EMBEDDED = "evidence.error.pdfEmbeddedFile";

	static final String POLYGLOT = "evidence.error.pdfPolyglot";

	static final String TRAILING = "evidence.error.pdfTrailingData";

	/** Names that make a document run something, submit something or carry files. */
	static final List<String> ACTIVE_NAMES = List.of("JavaScript", "JS", "Launch", "SubmitForm", "ImportData", "XFA",
			"RichMedia", "RichMediaContent", "RichMediaExecute");

	static final Set<String> EMBEDDED_NAMES = Set.of("EmbeddedFile", "EmbeddedFiles", "EF");

	private static final byte[] OBJ = ascii("obj");

	private static final byte[] STREAM = ascii("stream");

	private static final byte[] DICTIONARY = ascii("<<");

	/** Keys whose repetition could let two readers see different streams. */
	private static final Set<String> SINGLE_KEYS = Set.of("Filter", "Length", "DecodeParms", "DP", "Encrypt");

	private static final byte[] ENDSTREAM = ascii("endstream");

	private static final byte[] TRAILER = ascii("trailer");

	private static final byte[] EOF = ascii("%%EOF");

	private static final int MAX_DEPTH = 64;

	/**
	 * The longest row a predictor may need, in bytes (a 30,000 pixel wide 16-bit CMYK row
	 * is 240 kB).
	 */
	private static final long MAX_ROW = 16L << 20;

	private final byte[] pdf;

	private final long budget;

	private final long budgetMegabytes;

	private long decoded;

	private long raw;

	private final long rawLimit;

	private long parsed;

	private final long parseLimit;

	private final Set<String> names = new HashSet<>();

	/** Where {@code obj} keywords stand, in order. */
	private int[] objs;

	/** Where {@code endstream} keywords stand, in order, once needed. */
	private int[] endstreams;

	/** The bodies of objects by "number generation", once needed. */
	private Map<String, List<Integer>> headers;

	/** ZIP local headers not (yet) found inside the data of a stream. */
	private int[] zipHeaders = new int[0];

	private PdfInspection(byte[] pdf, long budget) {
		this.pdf = pdf;
		this.budget = budget;
		this.budgetMegabytes = Math.max(1, budget / (1024 * 1024));
		// in a sound file every byte is read once; overlapping streams or objects read
		// them again
		this.rawLimit = 4L * pdf.length + (4 << 20);
		this.parseLimit = 8L * pdf.length + (4 << 20);
	}

	/**
	 * Refuses the bytes, with an {@link InvalidInputException} on {@code file}, unless
	 * their streams decode within {@code decodedBudget} bytes in all and nothing else is
	 * wrong.
	 */
	static void inspect(byte[] pdf, long decodedBudget) {
		new PdfInspection(pdf, decodedBudget).run();
	}

	private void run() {
		checkEnd();
		checkZipDirectory();
		this.zipHeaders = localZipHeaders();
		this.objs = occurrences(OBJ);
		int[] objs = this.objs;
		for (int i = 0; i < objs.length; i++) {
			int after = objs[i] + OBJ.length;
			int next = (i + 1 < objs.length) ? objs[i + 1] : this.pdf.length;
			Stream stream = object(after, next, objs);
			if (stream != null) {
				decode(stream);
			}
		}
		for (int at : occurrences(TRAILER)) {
			Parser parser = new Parser(at + TRAILER.length);
			try {
				parser.skipSpaces();
				parser.object(0);
			}
			catch (ParseFailure ex) {
				// not a trailer PDFBox could use either
			}
		}
		if (indexOf(ascii("/Encrypt"), 0, this.pdf.length) >= 0) {
			this.names.add("Encrypt");
		}
		if (this.names.contains("Encrypt")) {
			throw refusal(ENCRYPTED);
		}
		refuseActive(this.names);
		for (int header : this.zipHeaders) {
			if (header >= 0) {
				throw refusal(POLYGLOT);
			}
		}
	}

	static void refuseActive(Set<String> names) {
		for (String name : names) {
			if (EMBEDDED_NAMES.contains(name)) {
				throw refusal(EMBEDDED);
			}
		}
		for (String name : ACTIVE_NAMES) {
			if (names.contains(name)) {
				// a script is named for what it is, whichever key holds it
				throw refusal(ACTIVE, name.equals("JS") ? "JavaScript" : name);
			}
		}
	}

	// --- the end of the file and ZIP polyglots ---

	private void checkEnd() {
		int eof = lastIndexOf(EOF);
		if (eof < 0) {
			throw refusal(TRAILING);
		}
		for (int i = eof + EOF.length; i < this.pdf.length; i++) {
			if (!isWhitespace(this.pdf[i])) {
				throw refusal(TRAILING);
			}
		}
	}

	/**
	 * A ZIP end of central directory (classic or ZIP64) where unzip tools look for it:
	 * near the end.
	 */
	private void checkZipDirectory() {
		int from = Math.max(0, this.pdf.length - (22 + 65535 + 56 + 20));
		for (int i = from; i + 4 <= this.pdf.length; i++) {
			if (this.pdf[i] == 'P' && this.pdf[i + 1] == 'K'
					&& ((this.pdf[i + 2] == 5 && this.pdf[i + 3] == 6) || (this.pdf[i + 2] == 6 && this.pdf[i + 3] == 6)
							|| (this.pdf[i + 2] == 6 && this.pdf[i + 3] == 7))) {
				throw refusal(POLYGLOT);
			}
		}
	}

	/**
	 * ZIP local file headers; those inside the data of a stream are struck out as streams
	 * are found.
	 */
	private int[] localZipHeaders() {
		int[] found = new int[0];
		int count = 0;
		for (int i = 0; i + 4 <= this.pdf.length; i++) {
			if (this.pdf[i] == 'P' && this.pdf[i + 1] == 'K' && this.pdf[i + 2] == 3 && this.pdf[i + 3] == 4) {
				if (count == found.length) {
					found = Arrays.copyOf(found, Math.max(8, 2 * count));
				}
				found[count++] = i;
			}
		}
		return Arrays.copyOf(found, count);
	}

	private void strikeZipHeaders(int start, int end) {
		for (int i = 0; i < this.zipHeaders.length; i++) {
			if (this.zipHeaders[i] >= start && this.zipHeaders[i] < end) {
				this.zipHeaders[i] = -1;
			}
		}
	}

	// --- objects and streams ---

	/**
	 * What follows an {@code obj} keyword: a stream when a dictionary is followed by
	 * {@code stream}.
	 */
	private Stream object(int after, int nextObj, int[] objs) {
		Parser parser = new Parser(after);
		parser.skipSpaces();
		boolean dictionaryStart = startsWith(parser.pos, DICTIONARY);
		Object body;
		try {
			body = parser.object(0);
		}
		catch (ParseFailure ex) {
			if (dictionaryStart && indexOfStreamKeyword(after, nextObj) >= 0) {
				// PDFBox, more lenient, might still read a stream here, with a dictionary
				// we cannot: refuse
				throw refusal(STRUCTURE);
			}
			return null;
		}
		if (!(body instanceof Map<?, ?> dictionary)) {
			return null;
		}
		int end = parser.pos;
		parser.skipSpaces();
		if (startsWith(parser.pos, STREAM)) {
			return stream(dictionary, parser.pos + STREAM.length);
		}
		if (indexOfStreamKeyword(end, nextOccurrence(objs, end)) >= 0) {
			// a dictionary, something else, then stream: not what a sound writer makes
			throw refusal(STRUCTURE);
		}
		return null;
	}

	/**
	 * A {@code stream} keyword that is not the end of {@code endstream}, in [from, to).
	 */
	private int indexOfStreamKeyword(int from, int to) {
		int at = from;
		while (true) {
			at = indexOf(STREAM, at, to);
			if (at < 0) {
				return -1;
			}
			if (!(at >= 3 && this.pdf[at - 3] == 'e' && this.pdf[at - 2] == 'n' && this.pdf[at - 1] == 'd')) {
				return at;
			}
			at += STREAM.length;
		}
	}

	private static int nextOccurrence(int[] sorted, int from) {
		int at = Arrays.binarySearch(sorted, from);
		int index = (at >= 0) ? at : -at - 1;
		return (index < sorted.length) ? sorted[index] : Integer.MAX_VALUE;
	}

	private record Stream(List<String> filters, Map<?, ?> parameters, List<Integer> starts, int end) {
	}

	private Stream stream(Map<?, ?> dictionary, int afterKeyword) {
		List<String> filters = filters(dictionary.get("Filter"));
		Object parameters = dictionary.containsKey("DecodeParms") ? dictionary.get("DecodeParms")
				: dictionary.get("DP");
		// PDFBox decodes object and cross-reference streams while it reads the file:
		// their
		// parameters must be within reach; an image's are only checked as far as they are
		boolean readWhileLoading = !(dictionary.get("Type") instanceof Name type) || type.value().equals("ObjStm")
				|| type.value().equals("XRef");
		if (dictionary.get("Subtype") instanceof Name subtype && subtype.value().equals("Image")) {
			readWhileLoading = false;
		}
		checkParameters(parameters, 0, readWhileLoading);
		// where PDFBox starts the data: spaces, then CR LF, LF or a lone CR
		int start = afterKeyword;
		while (start < this.pdf.length && this.pdf[start] == ' ') {
			start++;
		}
		if (start < this.pdf.length && this.pdf[start] == '\r') {
			start++;
			if (start < this.pdf.length && this.pdf[start] == '\n') {
				start++;
			}
		}
		else if (start < this.pdf.length && this.pdf[start] == '\n') {
			start++;
		}
		int firstData = afterKeyword;
		while (firstData < this.pdf.length && isWhitespace(this.pdf[firstData])) {
			firstData++;
		}
		List<Integer> starts = (firstData == start) ? List.of(start) : List.of(start, firstData);
		int end = end(start, dictionary.get("Length"));
		// ZIP headers count as data only up to the stream's end as it looks, not to the
		// end of the file
		strikeZipHeaders(start, Math.min(end, nextEndstream(start)));
		return new Stream(filters, (parameters instanceof Map<?, ?> map) ? map : null, starts, end);
	}

	/**
	 * Refuses decode parameters PDFBox would act on while loading that are out of reach
	 * here (references not found in the raw bytes), and any that make a predictor
	 * allocate rows beyond {@link #MAX_ROW}: PDFBox allocates two rows of
	 * {@code Columns × Colors × BitsPerComponent / 8} bytes.
	 */
	private void checkParameters(Object parameters, int depth, boolean strict) {
		if (depth > 4) {
			throw refusal(STRUCTURE);
		}
		if (parameters == null) {
			return;
		}
		if (parameters instanceof Ref ref) {
			List<Object> definitions = definitionObjects(ref);
			if (definitions.isEmpty() && strict) {
				throw refusal(STRUCTURE);
			}
			for (Object definition : definitions) {
				checkParameters(definition, depth + 1, strict);
			}
		}
		else if (parameters instanceof List<?> list) {
			for (Object item : list) {
				checkParameters(item, depth + 1, strict);
			}
		}
		else if (parameters instanceof Map<?, ?> map) {
			long predictor = whole(map, "Predictor", 1, strict);
			long columns = whole(map, "Columns", 1, strict);
			long colors = whole(map, "Colors", 1, strict);
			long bits = whole(map, "BitsPerComponent", 8, strict);
			if (predictor > 1 && (columns < 0 || colors < 0 || bits < 0
					|| (double) columns * Math.max(1, colors) * Math.max(1, bits) / 8 > MAX_ROW)) {
				throw refusal(STRUCTURE);
			}
		}
	}

	private static long whole(Map<?, ?> map, String key, long otherwise, boolean strict) {
		Object value = map.get(key);
		if (value instanceof Ref && strict) {
			throw refusal(STRUCTURE);
		}
		return (value instanceof Long number) ? number : otherwise;
	}

	/**
	 * Where the data ends as PDFBox finds it: by a valid {@code /Length}, else the next
	 * {@code endstream}.
	 */
	private int end(int start, Object length) {
		if (length instanceof Long direct) {
			if (validLength(start, direct)) {
				return (int) (start + direct);
			}
		}
		else if (length instanceof Ref ref) {
			List<Long> values = definitions(ref);
			if (values.isEmpty()) {
				// the length lives where we cannot read it (an object stream): take
				// everything left;
				// every decoder stops at its own end of data, so this is an upper bound
				return this.pdf.length;
			}
			long best = -1;
			for (long value : values) {
				if (validLength(start, value)) {
					best = Math.max(best, value);
				}
			}
			if (best >= 0) {
				return (int) (start + best);
			}
		}
		return nextEndstream(start);
	}

	/** The next {@code endstream} from there, else the end of the file. */
	private int nextEndstream(int from) {
		if (this.endstreams == null) {
			this.endstreams = occurrences(ENDSTREAM);
		}
		return Math.min(this.pdf.length, nextOccurrence(this.endstreams, from));
	}

	private boolean validLength(int start, long length) {
		if (length <= 0 || start + length > this.pdf.length) {
			return false;
		}
		Parser parser = new Parser((int) (start + length));
		parser.skipSpaces();
		return startsWith(parser.pos, ENDSTREAM);
	}

	/**
	 * The integer values of {@code N G obj} definitions of a reference, wherever they
	 * stand.
	 */
	private List<Long> definitions(Ref ref) {
		List<Long> values = new ArrayList<>();
		for (Object value : definitionObjects(ref)) {
			if (value instanceof Long number) {
				values.add(number);
			}
		}
		return values;
	}

	/**
	 * The objects of {@code N G obj} definitions of a reference that parse, wherever they
	 * stand.
	 */
	private List<Object> definitionObjects(Ref ref) {
		if (this.headers == null) {
			this.headers = headers();
		}
		List<Object> values = new ArrayList<>();
		for (int body : this.headers.getOrDefault(ref.number() + " " + ref.generation(), List.of())) {
			Parser parser = new Parser(body);
			try {
				parser.skipSpaces();
				values.add(parser.object(0));
			}
			catch (ParseFailure ex) {
				// not an object we can read
			}
		}
		return values;
	}

	/**
	 * Where the body of each {@code N G obj} begins, by "N G", read backwards from every
	 * {@code obj}.
	 */
	private Map<String, List<Integer>> headers() {
		Map<String, List<Integer>> headers = new HashMap<>();
		for (int obj : this.objs) {
			int at = obj - 1;
			while (at >= 0 && isWhitespace(this.pdf[at])) {
				at--;
			}
			int genEnd = at + 1;
			while (at >= 0 && isDigit(this.pdf[at])) {
				at--;
			}
			int genStart = at + 1;
			if (genStart == genEnd || genEnd - genStart > 5 || at < 0 || !isWhitespace(this.pdf[at])) {
				continue;
			}
			while (at >= 0 && isWhitespace(this.pdf[at])) {
				at--;
			}
			int numEnd = at + 1;
			while (at >= 0 && isDigit(this.pdf[at])) {
				at--;
			}
			int numStart = at + 1;
			if (numStart == numEnd || numEnd - numStart > 10) {
				continue;
			}
			String key = Long.parseLong(new String(this.pdf, numStart, numEnd - numStart, StandardCharsets.US_ASCII))
					+ " "
					+ Integer.parseInt(new String(this.pdf, genStart, genEnd - genStart, StandardCharsets.US_ASCII));
			headers.computeIfAbsent(key, k -> new ArrayList<>(1)).add(obj + OBJ.length);
		}
		return headers;
	}

	private static List<String> filters(Object filter) {
		if (filter == null) {
			return List.of();
		}
		if (filter instanceof Name name) {
			return List.of(name.value());
		}
		if (filter instanceof List<?> list) {
			List<String> names = new ArrayList<>();
			for (Object item : list) {
				if (!(item instanceof Name name)) {
					throw refusal(STRUCTURE);
				}
				names.add(name.value());
			}
			return names;
		}
		// an indirect reference or anything else: what PDFBox would decode cannot be
		// known here
		throw refusal(STRUCTURE);
	}

	// --- decoding, counted ---

	private void decode(Stream stream) {
		for (int start : stream.starts()) {
			if (start >= stream.end()) {
				continue;
			}
			InputStream in = new RawInput(this.pdf, start, stream.end());
			boolean flateFirst = false;
			boolean decoding = false;
			for (int i = 0; i < stream.filters().size(); i++) {
				String filter = stream.filters().get(i);
				InputStream stage;
				switch (filter) {
					case "FlateDecode", "Fl" -> stage = new PdfStreamDecoders.FlateInput(in);
					case "LZWDecode", "LZW" ->
						stage = new PdfStreamDecoders.LzwInput(in, earlyChange(stream.parameters()));
					case "RunLengthDecode", "RL" -> stage = new PdfStreamDecoders.RunLengthInput(in);
					case "ASCIIHexDecode", "AHx" -> stage = new PdfStreamDecoders.AsciiHexInput(in);
					case "ASCII85Decode", "A85" -> stage = new PdfStreamDecoders.Ascii85Input(in);
					case "Crypt" -> stage = null;
					case "DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF" -> {
						// image codecs: never decoded while a document is read; nothing
						// after them is either
						i = stream.filters().size();
						stage = null;
					}
					default -> throw refusal(STRUCTURE);
				}
				if (stage != null) {
					flateFirst |= (i == 0) && stage instanceof PdfStreamDecoders.FlateInput;
					decoding = true;
					in = new Counted(stage);
				}
			}
			if (decoding) {
				drain(in);
			}
			if (!flateFirst && zlibHeader(start)) {
				// belt and braces: compressed data without its filter is counted too
				drain(new Counted(new PdfStreamDecoders.FlateInput(new RawInput(this.pdf, start, stream.end()))));
			}
		}
	}

	private static int earlyChange(Map<?, ?> parameters) {
		if (parameters != null && parameters.get("EarlyChange") instanceof Long value && value == 0) {
			return 0;
		}
		return 1;
	}

	private boolean zlibHeader(int at) {
		if (at + 2 > this.pdf.length) {
			return false;
		}
		int cmf = this.pdf[at] & 0xff;
		int flg = this.pdf[at + 1] & 0xff;
		return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0 && (flg & 0x20) == 0;
	}

	private static void drain(InputStream in) {
		byte[] sink = new byte[8192];
		try {
			while (in.read(sink, 0, sink.length) >= 0) {
				// counted as it passes
			}
		}
		catch (IOException ex) {
			// damaged data ends the stream, as it does in PDFBox
		}
	}

	/** A decoder's output, added to the document's budget. */
	private final class Counted extends PdfStreamDecoders.BlockDecoder {

		private final InputStream in;

		Counted(InputStream in) {
			this.in = in;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = this.in.read(b, off, len);
			if (n > 0) {
				PdfInspection.this.decoded += n;
				if (PdfInspection.this.decoded > PdfInspection.this.budget) {
					throw refusal(TOO_COMPLEX, PdfInspection.this.budgetMegabytes);
				}
				if (Thread.currentThread().isInterrupted()) {
					throw new Cancelled();
				}
			}
			return n;
		}

	}

	/**
	 * The raw data of a stream, counted so that overlapping streams cannot make us read
	 * the file over and over.
	 */
	private final class RawInput extends ByteArrayInputStream {

		RawInput(byte[] pdf, int start, int end) {
			super(pdf, start, end - start);
		}

		@Override
		public synchronized int read() {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public synchronized int read(byte[] b, int off, int len) {
			int n = super.read(b, off, len);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			PdfInspection.this.raw += n;
			if (PdfInspection.this.raw > PdfInspection.this.rawLimit) {
				throw refusal(STRUCTURE);
			}
		}

	}

	/** Raised when the check was given up (its time ran out). */
	static final class Cancelled extends RuntimeException {

		Cancelled() {
			super("cancelled", null, false, false);
		}

	}

	// --- a small parser of PDF objects (dictionaries, arrays, names, numbers,
	// references) ---

	record Name(String value) {
	}

	record Ref(long number, long generation) {
	}

	private static final Object OTHER = new Object();

	private static final class ParseFailure extends RuntimeException {

		ParseFailure() {
			super("unparseable", null, false, false);
		}

	}

	private final class Parser {

		int pos;

		Parser(int pos) {
			this.pos = pos;
		}

		private int peek() {
			return (this.pos < PdfInspection.this.pdf.length) ? (PdfInspection.this.pdf[this.pos] & 0xff) : -1;
		}

		private void advance() {
			this.pos++;
			if (++PdfInspection.this.parsed > PdfInspection.this.parseLimit) {
				throw refusal(STRUCTURE);
			}
		}

		void skipSpaces() {
			while (true) {
				int c = peek();
				if (c < 0) {
					return;
				}
				if (c == '%') {
					while (peek() >= 0 && peek() != '\r' && peek() != '\n') {
						advance();
					}
				}
				else if (isWhitespace((byte) c)) {
					advance();
				}
				else {
					return;
				}
			}
		}

		Object object(int depth) {
			if (depth > MAX_DEPTH) {
				throw refusal(STRUCTURE);
			}
			int c = peek();
			if (c < 0) {
				throw new ParseFailure();
			}
			if (c == '<') {
				if (this.pos + 1 < PdfInspection.this.pdf.length && PdfInspection.this.pdf[this.pos + 1] == '<') {
					return dictionary(depth);
				}
				return hexString();
			}
			if (c == '[') {
				return array(depth);
			}
			if (c == '(') {
				return literalString();
			}
			if (c == '/') {
				return name();
			}
			if (c == '+' || c == '-' || c == '.' || isDigit((byte) c)) {
				return number();
			}
			String keyword = keyword();
			if (keyword.equals("true") || keyword.equals("false") || keyword.equals("null")) {
				return OTHER;
			}
			throw new ParseFailure();
		}

		private Map<String, Object> dictionary(int depth) {
			advance();
			advance();
			Map<String, Object> entries = new LinkedHashMap<>();
			while (true) {
				skipSpaces();
				int c = peek();
				if (c == '>') {
					advance();
					if (peek() != '>') {
						throw new ParseFailure();
					}
					advance();
					return entries;
				}
				if (c != '/') {
					throw new ParseFailure();
				}
				String key = name().value();
				if (entries.containsKey(key) && SINGLE_KEYS.contains(key)) {
					throw new ParseFailure();
				}
				skipSpaces();
				Object value = value(depth + 1);
				entries.put(key, value);
			}
		}

		private List<Object> array(int depth) {
			advance();
			List<Object> items = new ArrayList<>();
			while (true) {
				skipSpaces();
				if (peek() == ']') {
					advance();
					return items;
				}
				items.add(value(depth + 1));
			}
		}

		/** An object, or a reference {@code N G R}. */
		private Object value(int depth) {
			Object value = object(depth);
			if (value instanceof Long number && number >= 0) {
				int mark = this.pos;
				skipSpaces();
				if (isDigit((byte) Math.max(0, peek()))) {
					Object generation = number();
					skipSpaces();
					if (generation instanceof Long gen && peek() == 'R') {
						advance();
						return new Ref(number, gen);
					}
				}
				this.pos = mark;
			}
			return value;
		}

		private Name name() {
			advance();
			StringBuilder name = new StringBuilder();
			while (true) {
				int c = peek();
				if (c < 0 || isWhitespace((byte) c) || isDelimiter(c)) {
					break;
				}
				if (c == '#' && this.pos + 2 < PdfInspection.this.pdf.length) {
					int high = Character.digit(PdfInspection.this.pdf[this.pos + 1], 16);
					int low = Character.digit(PdfInspection.this.pdf[this.pos + 2], 16);
					if (high >= 0 && low >= 0) {
						name.append((char) ((high << 4) | low));
						advance();
						advance();
						advance();
						continue;
					}
				}
				name.append((char) c);
				advance();
			}
			String value = name.toString();
			PdfInspection.this.names.add(value);
			return new Name(value);
		}

		private Object number() {
			StringBuilder text = new StringBuilder();
			while (true) {
				int c = peek();
				if (c >= 0 && (isDigit((byte) c) || c == '.' || c == '-' || c == '+' || c == 'E' || c == 'e')) {
					text.append((char) c);
					advance();
				}
				else {
					break;
				}
			}
			String value = text.toString();
			if (value.matches("[+-]?\\d{1,18}")) {
				return Long.parseLong(value);
			}
			return OTHER;
		}

		private String keyword() {
			StringBuilder text = new StringBuilder();
			while (true) {
				int c = peek();
				if (c < 0 || isWhitespace((byte) c) || isDelimiter(c) || text.length() > 16) {
					break;
				}
				text.append((char) c);
				advance();
			}
			return text.toString();
		}

		private Object hexString() {
			advance();
			while (true) {
				int c = peek();
				if (c < 0) {
					throw new ParseFailure();
				}
				advance();
				if (c == '>') {
					return OTHER;
				}
			}
		}

		private Object literalString() {
			advance();
			int depth = 1;
			while (true) {
				int c = peek();
				if (c < 0) {
					throw new ParseFailure();
				}
				advance();
				if (c == '\\') {
					if (peek() >= 0) {
						advance();
					}
				}
				else if (c == '(') {
					depth++;
				}
				else if (c == ')' && --depth == 0) {
					return OTHER;
				}
			}
		}

	}

	// --- bytes ---

	private int[] occurrences(byte[] pattern) {
		int[] found = new int[64];
		int count = 0;
		int at = 0;
		while ((at = indexOf(pattern, at, this.pdf.length)) >= 0) {
			if (count == found.length) {
				found = Arrays.copyOf(found, 2 * count);
			}
			found[count++] = at;
			at += pattern.length;
		}
		return Arrays.copyOf(found, count);
	}

	private int indexOf(byte[] pattern, int from, int to) {
		int last = Math.min(to, this.pdf.length) - pattern.length;
		outer: for (int i = Math.max(0, from); i <= last; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (this.pdf[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private int lastIndexOf(byte[] pattern) {
		outer: for (int i = this.pdf.length - pattern.length; i >= 0; i--) {
			for (int j = 0; j < pattern.length; j++) {
				if (this.pdf[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private boolean startsWith(int at, byte[] pattern) {
		return at >= 0 && at + pattern.length <= this.pdf.length
				&& Arrays.equals(this.pdf, at, at + pattern.length, pattern, 0, pattern.length);
	}

	/** PDF whitespace: NUL, tab, line feed, form feed, carriage return, space. */
	static boolean isWhitespace(byte b) {
		return b == 0 || b == 9 || b == 10 || b == 12 || b == 13 || b == 32;
	}

	private static boolean isDelimiter(int c) {
		return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
				|| c == '%';
	}

	private static boolean isDigit(byte b) {
		return b >= '0' && b <= '9';
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	static InvalidInputException refusal(String key, Object... args) {
		return new InvalidInputException("file", key, args);
	}

}
