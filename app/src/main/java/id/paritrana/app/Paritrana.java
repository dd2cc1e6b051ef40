package id.paritrana.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The Paritrana application: the web application by default, or one of the command-line
 * tools of DESIGN §7.1 when the first argument names one (see {@link CommandLineTools}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync // listeners of events between modules run after the publisher's commit, off
				// its thread
public class Paritrana {

	public static void main(String[] args) {
		// The embedded H2's automatic mixed mode (AUTO_SERVER=TRUE) lets a second
		// process, e.g.
		// audit-verify beside the running server, open the database through a TCP server
		// that H2
		// would otherwise bind to every interface: keep it on the loopback interface.
		if (System.getProperty("h2.bindAddress") == null) {
			System.setProperty("h2.bindAddress", "127.0.0.1");
		}
		if (CommandLineTools.isCommand(args)) {
			System.exit(CommandLineTools.run(args));
		}
		SpringApplication.run(Paritrana.class, args);
	}

}
