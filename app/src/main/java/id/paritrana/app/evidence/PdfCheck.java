package id.paritrana.app.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import id.paritrana.app.system.InvalidInputException;

/**
 * Whether uploaded bytes are an acceptable PDF, by their content and never by the file's
 * name or the browser's content type. In this order: they begin with {@code %PDF-}; a
 * bounded look at the raw bytes ({@link PdfInspection}) finds no compression bomb,
 * encryption, polyglot, trailing data or active content; Apache PDFBox, with a bounded
 * cache, parses them into a document of one to {@code max-pages} pages; and no object of
 * that document holds active content or embedded files. Checks run on a small pool of
 * their own and wait at most {@code check-timeout}: parallel uploads cannot take more
 * threads or memory than the pool has, and a full queue answers "server busy".
 */
@Component
class PdfCheck implements DisposableBean {

	static final String NOT_PDF = "evidence.error.notPdf";

	static final String TOO_MANY_PAGES = "evidence.error.pdfTooManyPages";

	static final String TIMEOUT = "evidence.error.pdfTimeout";

	static final String BUSY = "evidence.error.pdfBusy";

	private static final Logger log = LoggerFactory.getLogger(PdfCheck.class);

	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final int MAX_DEPTH = 100;

	private final EvidenceProperties properties;

	private final ThreadPoolExecutor pool;

	PdfCheck(EvidenceProperties properties) {
		this.properties = properties;
		AtomicInteger threads = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(properties.checkThreads(), properties.checkThreads(), 0,
				TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(Math.max(1, properties.checkQueue())), task -> {
					Thread thread = new Thread(task, "pdf-check-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.AbortPolicy());
	}

	/**
	 * The number of pages of an acceptable PDF.
	 * @throws InvalidInputException ({@code file}) when the bytes are not one, with the
	 * reason
	 */
	int pages(byte[] content) {
		if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
			throw refusal(NOT_PDF);
		}
		try {
			return checked(content);
		}
		catch (InvalidInputException ex) {
			String key = ex.problems().get(0).messageKey();
			if (!key.equals(NOT_PDF)) {
				// what was refused, for whoever watches the uploads; the operator sees
				// the message
				log.warn("Evidence PDF of {} bytes refused: {}", content.length, key);
			}
			throw ex;
		}
	}

	private int checked(byte[] content) {
		Future<Integer> check;
		try {
			check = this.pool.submit(() -> check(content));
		}
		catch (RejectedExecutionException ex) {
			throw refusal(BUSY);
		}
		try {
			return check.get(this.properties.checkTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			check.cancel(true);
			throw refusal(TIMEOUT, Math.max(1, this.properties.checkTimeout().toSeconds()));
		}
		catch (InterruptedException ex) {
			check.cancel(true);
			Thread.currentThread().interrupt();
			throw refusal(BUSY);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw refusal(NOT_PDF);
		}
	}

	private int check(byte[] content) {
		long budget = this.properties.maxDecodedSize().toBytes();
		PdfInspection.inspect(content, budget);
		try (PDDocument document = Loader.loadPDF(content, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(budget).streamCache)) {
			if (document.isEncrypted()) {
				throw refusal(PdfInspection.ENCRYPTED);
			}
			int pages = document.getNumberOfPages();
			if (pages < 1) {
				throw refusal(NOT_PDF);
			}
			if (pages > this.properties.maxPages()) {
				throw refusal(TOO_MANY_PAGES, this.properties.maxPages());
			}
			PdfInspection.refuseActive(names(document.getDocument()));
			return pages;
		}
		catch (InvalidPasswordException ex) {
			throw refusal(PdfInspection.ENCRYPTED);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw refusal(NOT_PDF);
		}
	}

	/**
	 * Every name (key or value) of every object the document's cross-reference lists, and
	 * of its trailer.
	 */
	static Set<String> names(COSDocument document) {
		Set<String> names = new HashSet<>();
		Map<COSBase, Boolean> seen = new IdentityHashMap<>();
		Deque<COSBase> todo = new ArrayDeque<>();
		Deque<Integer> depths = new ArrayDeque<>();
		todo.push(document.getTrailer());
		depths.push(0);
		for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
			COSObject object = document.getObjectFromPool(key);
			COSBase base = (object == null) ? null : object.getObject();
			if (base != null) {
				todo.push(base);
				depths.push(0);
			}
		}
		while (!todo.isEmpty()) {
			COSBase base = todo.pop();
			int depth = depths.pop();
			if (seen.put(base, Boolean.TRUE) != null) {
				continue;
			}
			if (depth > MAX_DEPTH) {
				throw refusal(PdfInspection.STRUCTURE);
			}
			if (base instanceof COSName name) {
				names.add(name.getName());
			}
			else if (base instanceof COSDictionary dictionary) {
				for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
					names.add(entry.getKey().getName());
					if (entry.getValue() != null && !(entry.getValue() instanceof COSObject)) {
						todo.push(entry.getValue());
						depths.push(depth + 1);
					}
				}
			}
			else if (base instanceof COSArray array) {
				for (COSBase item : array) {
					if (item != null && !(item instanceof COSObject)) {
						todo.push(item);
						depths.push(depth + 1);
					}
				}
			}
		}
		return names;
	}

	private static InvalidInputException refusal(String key, Object... args) {
		return new InvalidInputException("file", key, args);
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

}
