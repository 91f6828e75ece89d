package ir.cadastre;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The spatial licensing service of Iran's mining cadastre.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CadastreApplication {

	public static void main(String[] args) {
		SpringApplication.run(CadastreApplication.class, args);
	}

}
