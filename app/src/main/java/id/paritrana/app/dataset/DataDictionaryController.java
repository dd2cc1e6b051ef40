package id.paritrana.app.dataset;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.data.DataSet;

/**
 * The data dictionary of the data pages: every column of every data set (type, allowed
 * values, example) and a template of each as CSV and XLSX, for whoever prepares the
 * files.
 */
@Controller
class DataDictionaryController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	@GetMapping("/data/kamus")
	String dictionary(Model model) {
		model.addAttribute("dataSets", DataSets.all());
		model.addAttribute("columns",
				DataSets.all()
					.stream()
					.collect(java.util.stream.Collectors.toMap(DataSet::baseName, DataDictionary::columns)));
		return "dataset/dictionary";
	}

	@GetMapping("/data/templat/{name}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String name) {
		DataSet set = dataSet(name);
		return download(set.baseName() + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
				DataDictionary.csv(set));
	}

	@GetMapping("/data/templat/{name}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String name) {
		DataSet set = dataSet(name);
		return download(set.baseName() + ".xlsx", XLSX, DataDictionary.xlsx(set));
	}

	private static DataSet dataSet(String name) {
		return DataSets.byName(name).orElseThrow(() -> new NotFoundException("data set " + name));
	}

	private static ResponseEntity<byte[]> download(String file, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(body);
	}

}
