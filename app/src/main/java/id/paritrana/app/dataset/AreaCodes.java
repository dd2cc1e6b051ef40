package id.paritrana.app.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import id.paritrana.engine.area.Areas;

/**
 * The shipped wilayah master data as the engine holds it (compact, looked up without
 * queries), read once on first use: imports check every code against it as rows stream
 * past.
 */
@Component
class AreaCodes {

	private volatile Areas areas;

	Areas areas() {
		Areas loaded = this.areas;
		if (loaded == null) {
			synchronized (this) {
				if (this.areas == null) {
					this.areas = read();
				}
				loaded = this.areas;
			}
		}
		return loaded;
	}

	private static Areas read() {
		try (InputStream p = resource("provinces.csv");
				InputStream r = resource("regencies.csv");
				InputStream d = resource("districts.csv");
				InputStream v = resource("villages.csv")) {
			return Areas.read(p, r, d, v);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = AreaCodes.class.getResourceAsStream("/wilayah/" + name);
		if (in == null) {
			throw new IOException("wilayah/" + name + " is missing from the class path");
		}
		return in;
	}

}
