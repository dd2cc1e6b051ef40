package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DocumentCacheTests {

	@Test
	void aDocumentIsMadeOncePerKey() throws IOException {
		DocumentCache cache = new DocumentCache(DataSize.ofMegabytes(1));
		AtomicInteger made = new AtomicInteger();
		ByteArrayOutputStream first = new ByteArrayOutputStream();
		ByteArrayOutputStream second = new ByteArrayOutputStream();
		cache.write("a", out -> write(out, "A" + made.incrementAndGet()), first);
		cache.write("a", out -> write(out, "A" + made.incrementAndGet()), second);
		assertThat(made).hasValue(1);
		assertThat(second.toString()).isEqualTo(first.toString()).isEqualTo("A1");
		assertThat(cache.get("b", out -> write(out, "B"))).asString().isEqualTo("B");
	}

	@Test
	void requestsArrivingTogetherWaitForOneMaking() throws Exception {
		DocumentCache cache = new DocumentCache(DataSize.ofMegabytes(1));
		AtomicInteger made = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<byte[]>> answers = java.util.stream.IntStream.range(0, 8).mapToObj(i -> pool.submit(() -> {
				start.await();
				return cache.get("slow", out -> {
					made.incrementAndGet();
					sleep();
					write(out, "PDF");
				});
			})).toList();
			start.countDown();
			for (Future<byte[]> answer : answers) {
				assertThat(answer.get()).asString().isEqualTo("PDF");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(made).hasValue(1);
	}

	@Test
	void theMemoryItTakesIsBounded() {
		DocumentCache cache = new DocumentCache(DataSize.ofKilobytes(100));
		AtomicInteger made = new AtomicInteger();
		for (int i = 0; i < 50; i++) {
			cache.get("doc" + i, out -> {
				made.incrementAndGet();
				write(out, "x".repeat(10_000));
			});
		}
		for (int i = 0; i < 50; i++) {
			cache.get("doc" + i, out -> {
				made.incrementAndGet();
				write(out, "x".repeat(10_000));
			});
		}
		// 50 documents of 10 KB cannot all be kept in 100 KB: asked again, some are made
		// again
		assertThat(made.get()).isGreaterThan(50 + 35);
	}

	private static void write(java.io.OutputStream out, String text) {
		try {
			out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
