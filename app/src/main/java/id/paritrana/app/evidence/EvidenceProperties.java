package id.paritrana.app.evidence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the evidence module ({@code paritrana.evidence.*}).
 *
 * @param maxFileSize the largest PDF an upload accepts (the request limit of the server
 * is larger, for data imports, so this one answers with a message of its own)
 * @param maxDecodedSize the most bytes all compressed streams of one PDF may decode to,
 * counted before the PDF is parsed; also the most memory PDFBox may cache for it
 * @param maxPages the most pages a PDF may have
 * @param checkTimeout how long the check of one PDF may take
 * @param checkThreads how many PDFs are checked at once
 * @param checkQueue how many more uploads wait for a check; beyond that an upload is
 * refused as "server busy"
 */
@ConfigurationProperties("paritrana.evidence")
record EvidenceProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("256MB") DataSize maxDecodedSize,
		@DefaultValue("500") int maxPages, @DefaultValue("10s") Duration checkTimeout,
		@DefaultValue("2") int checkThreads, @DefaultValue("4") int checkQueue) {

	/** The defaults. */
	static EvidenceProperties defaults() {
		return new EvidenceProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(256), 500, Duration.ofSeconds(10),
				2, 4);
	}

}
