package ir.cadastre.geometry;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one JTS factory: lon/lat, SRID 4326, full double precision.
 */
@Configuration(proxyBeanMethods = false)
class GeometryConfiguration {

	@Bean
	GeometryFactory geometryFactory() {
		return new GeometryFactory(new PrecisionModel(), 4326);
	}

}
