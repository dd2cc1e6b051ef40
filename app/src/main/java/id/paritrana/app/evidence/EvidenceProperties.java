package id.paritrana.app.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the evidence module ({@code paritrana.evidence.*}).
 * @param maxFileSize the largest PDF an upload accepts (the request limit of the server is
 * larger, for data imports, so this one answers with a message of its own)
 */
@ConfigurationProperties("paritrana.evidence")
record EvidenceProperties(@DefaultValue("10MB") DataSize maxFileSize) {
}
