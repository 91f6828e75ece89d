package ir.cadastre.publish;

import java.time.Duration;

import ir.cadastre.CadastreTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code cadastre.geoserver.publish-on-start}, as compose sets it: the service publishes
 * by itself once started, as {@code system}.
 */
@CadastreTest
class PublishOnStartTests {

	static final GeoServerStandIn GEOSERVER = new GeoServerStandIn();

	@Autowired
	JdbcClient db;

	@DynamicPropertySource
	static void geoServer(DynamicPropertyRegistry registry) {
		registry.add("cadastre.geoserver.url", GEOSERVER::url);
		registry.add("cadastre.geoserver.user", () -> GeoServerStandIn.USER);
		registry.add("cadastre.geoserver.password", () -> GeoServerStandIn.PASSWORD);
		registry.add("cadastre.geoserver.datastore.user", () -> ir.cadastre.PostgisRequired.USER);
		registry.add("cadastre.geoserver.publish-on-start", () -> "true");
		// This context stays cached while other tests run: its drainer keeps out of their
		// way.
		registry.add("cadastre.geoserver.truncation.interval", () -> "PT24H");
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
	}

	@Test
	void theServicePublishesOnceStarted() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.db.sql("SELECT count(*) FROM publication WHERE published_by = 'system' AND geoserver = :url")
						.param("url", GEOSERVER.url())
						.query(Long.class)
						.single())
				.isEqualTo(8));
		assertThat(GEOSERVER.catalog().resource("/workspaces/cadastre/layergroups/mining_cadastre")).isNotNull();
	}

}
