package id.paritrana.app.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code paritrana.security.request-limits.*}: how large a request body may be, checked
 * before any of it is read.
 *
 * @param maxBody any body that is not a file upload (JSON, forms)
 * @param maxUpload a file upload (evidence PDFs and their form fields)
 * @param maxImport a data-set import, on the paths in {@code importPaths}
 * @param importPaths Ant-style paths of data-set imports
 */
@ConfigurationProperties("paritrana.security.request-limits")
public record RequestLimitProperties(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("11MB") DataSize maxUpload,
		@DefaultValue("1GB") DataSize maxImport, @DefaultValue( {
				"/data/impor", "/api/v1/editions/*/datasets/*" }) List<String> importPaths){
}
