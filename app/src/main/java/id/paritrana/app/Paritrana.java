package id.paritrana.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Paritrana application: the web application by default, or one of the command-line
 * tools of DESIGN §7.1 when the first argument names one (see {@link CommandLineTools}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Paritrana {

	public static void main(String[] args) {
		if (CommandLineTools.isCommand(args)) {
			System.exit(CommandLineTools.run(args));
		}
		SpringApplication.run(Paritrana.class, args);
	}

}
