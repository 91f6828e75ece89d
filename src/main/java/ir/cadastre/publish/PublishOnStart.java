package ir.cadastre.publish;

import java.time.Duration;

import ir.cadastre.web.CadastreProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes once the service has started, when
 * {@code cadastre.geoserver.publish-on-start} says so (Docker compose). GeoServer may
 * still be starting, so a failed attempt is tried again a few times, in the background:
 * the service itself is up meanwhile.
 */
@Component
class PublishOnStart {

	private static final Logger log = LoggerFactory.getLogger(PublishOnStart.class);

	static final int ATTEMPTS = 10;

	static final Duration PAUSE = Duration.ofSeconds(30);

	private final GeoServerProperties properties;

	private final Publisher publisher;

	PublishOnStart(GeoServerProperties properties, Publisher publisher) {
		this.properties = properties;
		this.publisher = publisher;
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		if (!this.properties.publishOnStart()) {
			return;
		}
		if (!this.properties.configured()) {
			log.warn("cadastre.geoserver.publish-on-start is set but no GeoServer is configured");
			return;
		}
		Thread thread = new Thread(this::publish, "publish-on-start");
		thread.setDaemon(true);
		thread.start();
	}

	private void publish() {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				PublicationReport report = this.publisher.publish("system");
				log.info("Published {} layers to GeoServer; WMS capabilities: {}", report.layers().size(),
						report.capabilities());
				return;
			}
			catch (CadastreProblem problem) {
				log.warn("Publication on start, attempt {} of {}: {}", attempt, ATTEMPTS, problem.getMessage());
			}
			try {
				Thread.sleep(PAUSE.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		log.error("Publication on start gave up after {} attempts; POST /api/v1/publication to try again", ATTEMPTS);
	}

}
