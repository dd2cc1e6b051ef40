package id.paritrana.app.audit;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code paritrana.audit.*}: where the key of the audit chain's MACs comes from. It never
 * lives in the database, so whoever can write the database cannot sign a rewritten chain.
 *
 * @param key the key itself, base64, at least 32 bytes ({@code PARITRANA_AUDIT_KEY});
 * wins over the file
 * @param keyFile a file holding the key in base64 ({@code PARITRANA_AUDIT_KEY_FILE})
 * @param createKeyFile whether a missing key file is created with a new random key
 * (owner-only permissions); off in production, where a key generated on one node would
 * not verify on another
 */
@ConfigurationProperties("paritrana.audit")
public record AuditKeyProperties(String key, @DefaultValue("./data/audit.key") Path keyFile,
		@DefaultValue("true") boolean createKeyFile) {

	@Override
	public String toString() {
		return "AuditKeyProperties[key=" + (this.key == null || this.key.isBlank() ? "unset" : "(set)") + ", keyFile="
				+ this.keyFile + ", createKeyFile=" + this.createKeyFile + "]";
	}

}
