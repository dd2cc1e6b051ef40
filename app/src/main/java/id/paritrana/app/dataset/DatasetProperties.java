package id.paritrana.app.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the data set module ({@code paritrana.dataset.*}).
 *
 * @param maxFileSize the largest file an import accepts (the national contributions file
 * is about 700 MB)
 */
@ConfigurationProperties("paritrana.dataset")
record DatasetProperties(@DefaultValue("1GB") DataSize maxFileSize) {
}
