package id.paritrana.app.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Documents that never change once made (the annex of a determined snapshot, an issued
 * certificate), kept as their bytes so they are laid out once: a second download is a
 * copy from memory. The key must name everything the document shows. Bounded by
 * {@code paritrana.documents.cache-size}; one made concurrently by several requests is
 * made once, the others wait for it.
 */
@Component
public class DocumentCache {

	private final Cache<String, byte[]> documents;

	DocumentCache(@Value("${paritrana.documents.cache-size:128MB}") DataSize size) {
		this.documents = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((String key, byte[] bytes) -> bytes.length + key.length())
			// evicts on the thread that adds, so the bound holds at once
			.executor(Runnable::run)
			.build();
	}

	/** The document of that key, made by {@code make} if it is not kept. */
	public byte[] get(String key, Consumer<OutputStream> make) {
		return this.documents.get(key, k -> {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 10);
			make.accept(bytes);
			return bytes.toByteArray();
		});
	}

	/**
	 * Writes the document of that key to {@code out}, made by {@code make} if it is not
	 * kept; {@code out} stays open.
	 */
	public void write(String key, Consumer<OutputStream> make, OutputStream out) throws IOException {
		out.write(get(key, make));
	}

}
