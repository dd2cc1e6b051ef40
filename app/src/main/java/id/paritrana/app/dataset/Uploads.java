package id.paritrana.app.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.web.multipart.MultipartFile;

/** Uploaded files are streamed to a private temporary file, never held in memory. */
final class Uploads {

	private Uploads() {
	}

	static Path save(MultipartFile file) throws IOException {
		Path temp = Files.createTempFile("paritrana-upload-", ".part");
		try (InputStream in = file.getInputStream()) {
			Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			Files.deleteIfExists(temp);
			throw ex;
		}
		return temp;
	}

}
