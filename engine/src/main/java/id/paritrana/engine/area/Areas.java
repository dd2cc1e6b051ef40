package id.paritrana.engine.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import id.paritrana.engine.data.Keys;

/**
 * Provinces ({@code NN}), regencies/cities ({@code NN.NN}) and villages, read from the
 * four wilayah files ({@code provinces.csv code,name},
 * {@code regencies.csv code,province_code,name},
 * {@code districts.csv code,regency_code,name},
 * {@code villages.csv code,district_code,name}). Provinces and regencies are numbered in
 * file order; a <em>government</em> number covers both (provinces first), since both
 * kinds of government are candidates.
 */
public final class Areas {

	/**
	 * The four file names, in the order
	 * {@link #read(InputStream, InputStream, InputStream, InputStream)} takes them.
	 */
	public static final List<String> FILES = List.of("provinces.csv", "regencies.csv", "districts.csv", "villages.csv");

	private final List<String> provinceCodes = new ArrayList<>();

	private final List<String> provinceNames = new ArrayList<>();

	private final Map<String, Integer> provinceIndex = new HashMap<>();

	private final List<String> regencyCodes = new ArrayList<>();

	private final List<String> regencyNames = new ArrayList<>();

	private final Map<String, Integer> regencyIndex = new HashMap<>();

	private int[] provinceOfRegency = new int[0];

	private int[] villagesOfRegency = new int[0];

	private int[] villagesOfProvince = new int[0];

	private final Keys villages = new Keys();

	private int[] regencyOfVillage = new int[1024];

	private Areas() {
	}

	/**
	 * Reads the four files from a directory.
	 * @throws UncheckedIOException when a file cannot be read
	 * @throws IllegalArgumentException when the files do not refer to each other
	 * consistently
	 */
	public static Areas read(Path dir) {
		try (InputStream p = Files.newInputStream(dir.resolve(FILES.get(0)));
				InputStream r = Files.newInputStream(dir.resolve(FILES.get(1)));
				InputStream d = Files.newInputStream(dir.resolve(FILES.get(2)));
				InputStream v = Files.newInputStream(dir.resolve(FILES.get(3)))) {
			return read(p, r, d, v);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads the four files from streams (e.g. classpath resources); the streams are not
	 * closed.
	 * @throws IllegalArgumentException when the files do not refer to each other
	 * consistently
	 */
	public static Areas read(InputStream provinces, InputStream regencies, InputStream districts,
			InputStream villages) {
		Areas areas = new Areas();
		each(provinces, r -> {
			areas.provinceIndex.put(r.getField("code"), areas.provinceCodes.size());
			areas.provinceCodes.add(r.getField("code"));
			areas.provinceNames.add(r.getField("name"));
		});
		List<Integer> provinceOf = new ArrayList<>();
		each(regencies, r -> {
			int province = areas.required(areas.provinceIndex, r.getField("province_code"), "province");
			areas.regencyIndex.put(r.getField("code"), areas.regencyCodes.size());
			areas.regencyCodes.add(r.getField("code"));
			areas.regencyNames.add(r.getField("name"));
			provinceOf.add(province);
		});
		areas.provinceOfRegency = provinceOf.stream().mapToInt(Integer::intValue).toArray();
		Map<String, Integer> regencyOfDistrict = new HashMap<>();
		each(districts, r -> regencyOfDistrict.put(r.getField("code"),
				areas.required(areas.regencyIndex, r.getField("regency_code"), "regency")));
		areas.villagesOfRegency = new int[areas.regencyCodes.size()];
		areas.villagesOfProvince = new int[areas.provinceCodes.size()];
		each(villages, r -> {
			int regency = areas.required(regencyOfDistrict, r.getField("district_code"), "district");
			int v = areas.villages.add(r.getField("code"));
			if (v < 0) {
				throw new IllegalArgumentException("village " + r.getField("code") + " is listed twice");
			}
			if (v == areas.regencyOfVillage.length) {
				areas.regencyOfVillage = java.util.Arrays.copyOf(areas.regencyOfVillage, v * 2);
			}
			areas.regencyOfVillage[v] = regency;
			areas.villagesOfRegency[regency]++;
			areas.villagesOfProvince[areas.provinceOfRegency[regency]]++;
		});
		return areas;
	}

	private int required(Map<String, Integer> index, String code, String kind) {
		Integer i = index.get(code);
		if (i == null) {
			throw new IllegalArgumentException("unknown " + kind + " code " + code + " in the area files");
		}
		return i;
	}

	private static void each(InputStream in, Consumer<NamedCsvRecord> action) {
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
			.ofNamedCsvRecord(new java.io.InputStreamReader(new java.io.FilterInputStream(in) {
				@Override
				public void close() {
					// the caller owns the stream
				}
			}, java.nio.charset.StandardCharsets.UTF_8))) {
			reader.forEach(action);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int provinceCount() {
		return this.provinceCodes.size();
	}

	public int regencyCount() {
		return this.regencyCodes.size();
	}

	/** The number of the province with that code, or −1. */
	public int province(String code) {
		return this.provinceIndex.getOrDefault(code, -1);
	}

	/** The number of the regency/city with that code, or −1. */
	public int regency(String code) {
		return this.regencyIndex.getOrDefault(code, -1);
	}

	public String provinceCode(int province) {
		return this.provinceCodes.get(province);
	}

	public String provinceName(int province) {
		return this.provinceNames.get(province);
	}

	public String regencyCode(int regency) {
		return this.regencyCodes.get(regency);
	}

	/**
	 * The name as in the master data, e.g. {@code Kabupaten Aceh Selatan} or
	 * {@code Kota Banda Aceh}.
	 */
	public String regencyName(int regency) {
		return this.regencyNames.get(regency);
	}

	/** Whether the regency/city is a city (kota) rather than a regency (kabupaten). */
	public boolean isCity(int regency) {
		return this.regencyNames.get(regency).startsWith("Kota ");
	}

	public int provinceOf(int regency) {
		return this.provinceOfRegency[regency];
	}

	/** The regencies/cities of a province, in file order. */
	public int[] regenciesOf(int province) {
		return java.util.stream.IntStream.range(0, regencyCount())
			.filter(r -> this.provinceOfRegency[r] == province)
			.toArray();
	}

	/** All villages of the regency/city in the master data. */
	public int villagesOfRegency(int regency) {
		return this.villagesOfRegency[regency];
	}

	/** All villages of the province in the master data. */
	public int villagesOfProvince(int province) {
		return this.villagesOfProvince[province];
	}

	/**
	 * The regency/city of the village with that code, or −1 when there is no such
	 * village.
	 */
	public int regencyOfVillage(String villageCode) {
		int v = this.villages.find(villageCode);
		return (v < 0) ? -1 : this.regencyOfVillage[v];
	}

	/** Number of governments: provinces, then regencies/cities. */
	public int governmentCount() {
		return provinceCount() + regencyCount();
	}

	/** The government number of a province or regency/city code, or −1. */
	public int government(String code) {
		int p = province(code);
		if (p >= 0) {
			return p;
		}
		int r = regency(code);
		return (r < 0) ? -1 : provinceCount() + r;
	}

	/** The government number of a province. */
	public int governmentOfProvince(int province) {
		return province;
	}

	/** The government number of a regency/city. */
	public int governmentOfRegency(int regency) {
		return provinceCount() + regency;
	}

	/** The code of a government: its province or regency/city code. */
	public String governmentCode(int government) {
		return (government < provinceCount()) ? provinceCode(government) : regencyCode(government - provinceCount());
	}

	/** The province of a government (itself for a province). */
	public int provinceOfGovernment(int government) {
		return (government < provinceCount()) ? government : this.provinceOfRegency[government - provinceCount()];
	}

}
