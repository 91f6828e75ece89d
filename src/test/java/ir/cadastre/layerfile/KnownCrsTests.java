package ir.cadastre.layerfile;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnownCrsTests {

	private static final String ESRI_GCS = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
			+ "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

	@Test
	void esriGeographicIs4326() {
		checkSrid(ESRI_GCS, 4326);
	}

	@Test
	void esriUtmZonesByName() {
		for (int zone = 38; zone <= 41; zone++) {
			checkSrid(KnownCrs.esriWkt(32600 + zone), 32600 + zone);
		}
	}

	@Test
	void ogcUtmByNameWithoutAuthority() {
		checkSrid("PROJCS[\"WGS 84 / UTM zone 40N\"," + ESRI_GCS + ",PROJECTION[\"Transverse_Mercator\"],"
				+ "UNIT[\"metre\",1]]", 32640);
	}

	@Test
	void utmByItsParametersWhateverItsName() {
		checkSrid("PROJCS[\"Custom TM\"," + ESRI_GCS + ",PROJECTION[\"Transverse_Mercator\"],"
				+ "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
				+ "PARAMETER[\"Central_Meridian\",57.0],PARAMETER[\"Scale_Factor\",0.9996],"
				+ "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]", 32640);
	}

	@Test
	void epsgAuthorityWins() {
		checkSrid(KnownCrs.ogcWkt(32638), 32638);
		checkSrid("PROJCS[\"ED50 / UTM zone 32N\",GEOGCS[\"ED50\",DATUM[\"European_Datum_1950\","
				+ "SPHEROID[\"International 1924\",6378388,297]]],PROJECTION[\"Transverse_Mercator\"],"
				+ "AUTHORITY[\"EPSG\",\"23032\"]]", 23032);
	}

	@Test
	void wkt2() {
		checkSrid("""
				PROJCRS["WGS 84 / UTM zone 39N",
				  BASEGEOGCRS["WGS 84", ENSEMBLE["World Geodetic System 1984 ensemble",
				    MEMBER["World Geodetic System 1984 (G2139)"],
				    ELLIPSOID["WGS 84",6378137,298.257223563,LENGTHUNIT["metre",1]]]],
				  CONVERSION["UTM zone 39N", METHOD["Transverse Mercator",ID["EPSG",9807]],
				    PARAMETER["Latitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433]],
				    PARAMETER["Longitude of natural origin",51,ANGLEUNIT["degree",0.0174532925199433]],
				    PARAMETER["Scale factor at natural origin",0.9996,SCALEUNIT["unity",1]],
				    PARAMETER["False easting",500000,LENGTHUNIT["metre",1]],
				    PARAMETER["False northing",0,LENGTHUNIT["metre",1]]],
				  CS[Cartesian,2], AXIS["(E)",east], AXIS["(N)",north], LENGTHUNIT["metre",1]]""", 32639);
	}

	@Test
	void webMercator() {
		checkSrid("PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\"," + ESRI_GCS
				+ ",PROJECTION[\"Mercator_Auxiliary_Sphere\"],UNIT[\"Meter\",1.0]]", 3857);
	}

	@Test
	void ed50UtmZonesOfIransOldMapsAreReadWithIransDatumShift() {
		for (int zone = 38; zone <= 41; zone++) {
			checkSrid("PROJCS[\"ED_1950_UTM_Zone_" + zone + "N\",GEOGCS[\"GCS_European_1950\","
					+ "DATUM[\"D_European_1950\",SPHEROID[\"International_1924\",6378388.0,297.0]],"
					+ "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
					+ "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
					+ "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\"," + (6 * zone - 183) + ".0],"
					+ "PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]",
					2020 + zone);
		}
		// GDAL's OGC flavour: its datum shift, and no authority on the root.
		checkSrid("PROJCS[\"ED50 / UTM zone 39N\",GEOGCS[\"ED50\",DATUM[\"European_Datum_1950\","
				+ "SPHEROID[\"International 1924\",6378388,297],TOWGS84[-87,-98,-121,0,0,0,0]],"
				+ "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
				+ "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",51],"
				+ "PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],"
				+ "PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]", 2059);
		// By name alone, and the codes some tools invent for zones EPSG never gave ED50.
		checkSrid("PROJCS[\"ED50 / UTM zone 40N\",GEOGCS[\"ED50\",DATUM[\"European_Datum_1950\","
				+ "SPHEROID[\"International 1924\",6378388,297]]],UNIT[\"metre\",1]]", 2060);
		checkSrid("PROJCS[\"ED50 / UTM zone 41N\",GEOGCS[\"ED50\"],AUTHORITY[\"EPSG\",\"23041\"]]", 2061);
		checkSrid("PROJCS[\"ED50 / UTM zone 38N\",GEOGCS[\"ED50\"],AUTHORITY[\"EPSG\",\"23038\"]]", 23038);
		checkSrid("PROJCS[\"ED50(ED77) / UTM zone 39N\",GEOGCS[\"ED50(ED77)\"],AUTHORITY[\"EPSG\",\"2059\"]]", 2059);
	}

	@Test
	void ed50InDegreesIsReadWithIransDatumShiftToo() {
		checkSrid("GEOGCS[\"GCS_European_1950\",DATUM[\"D_European_1950\",SPHEROID[\"International_1924\","
				+ "6378388.0,297.0]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]", 4154);
		checkSrid(
				"GEOGCS[\"ED50\",DATUM[\"European_Datum_1950\",SPHEROID[\"International 1924\",6378388,297]],"
						+ "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4230\"]]",
				4230);
	}

	@Test
	void wgs84UtmUnderTheNamesIranianDataSetsGiveIt() {
		String parameters = ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
				+ "PARAMETER[\"central_meridian\",57],PARAMETER[\"scale_factor\",0.9996],"
				+ "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"Meter\",1]]";
		for (String name : List.of("UTM Zone 40, Northern Hemisphere", "WGS_84_UTM_zone_40N", "UTM40N", "utm 40",
				"Transverse Mercator")) {
			checkSrid("PROJCS[\"" + name + "\"," + ESRI_GCS + parameters, 32640);
		}
		checkSrid("PROJCS[\"WGS 84 / UTM zone 40N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
				+ "SPHEROID[\"WGS 84\",6378137,298.257223563]]],UNIT[\"metre\",1]]", 32640);
	}

	@Test
	void utmOnAnotherDatumIsNotGuessed() {
		assertThat(KnownCrs.sridOf("PROJCS[\"Pulkovo_1942_GK_Zone_9\",GEOGCS[\"GCS_Pulkovo_1942\","
				+ "DATUM[\"D_Pulkovo_1942\",SPHEROID[\"Krasovsky_1940\",6378245.0,298.3]],"
				+ "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
				+ "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
				+ "PARAMETER[\"Central_Meridian\",51.0],PARAMETER[\"Scale_Factor\",0.9996],"
				+ "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]"))
			.isEmpty();
	}

	@Test
	void theNationalAtlasLambertIsRefusedByName() {
		String lambert = "PROJCS[\"Iran_Lambert\"," + ESRI_GCS + ",PROJECTION[\"Lambert_Conformal_Conic\"],"
				+ "PARAMETER[\"False_Easting\",5000000.0],PARAMETER[\"False_Northing\",30000000.0],"
				+ "PARAMETER[\"Central_Meridian\",54.0],PARAMETER[\"Standard_Parallel_1\",30.0],"
				+ "PARAMETER[\"Standard_Parallel_2\",36.0],PARAMETER[\"Latitude_Of_Origin\",24.0],"
				+ "UNIT[\"Meter\",1.0]]";
		assertThat(KnownCrs.sridOf(lambert)).isEmpty();
		assertThat(KnownCrs.unsupportedProjection(lambert)).asString()
			.isEqualTo("The file's coordinate system ('Iran_Lambert') is a Lambert conformal conic projection, "
					+ "which the cadastre does not reproject: export the layer in WGS 84 (EPSG:4326), or in UTM "
					+ "zones 38N–41N on WGS 84 (EPSG:32638–32641) or on ED50 (EPSG:2058–2061).");
		assertThat(KnownCrs.unsupportedProjection(KnownCrs.esriWkt(32639))).isNull();
	}

	@Test
	void aFootBasedGridIsNotUtm() {
		assertThat(KnownCrs.sridOf("PROJCS[\"WGS_1984_UTM_Zone_39N_Feet\"," + ESRI_GCS
				+ ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",1640416.67],"
				+ "PARAMETER[\"Central_Meridian\",51.0],PARAMETER[\"Scale_Factor\",0.9996],"
				+ "UNIT[\"Foot\",0.3048]]"))
			.isEmpty();
	}

	@Test
	void notWktAtAll() {
		assertThat(KnownCrs.sridOf("")).isEmpty();
		assertThat(KnownCrs.sridOf("+proj=utm +zone=39 +datum=WGS84")).isEmpty();
		assertThat(KnownCrs.sridOf("PROJCS[\"unterminated\"")).isEmpty();
	}

	@Test
	void aByteOrderMarkAndLineBreaksAreTolerated() {
		checkSrid("\uFEFF" + KnownCrs.esriWkt(32641).replace(",", ",\r\n  ") + "\r\n", 32641);
	}

	private static void checkSrid(String wkt, int srid) {
		assertThat(KnownCrs.sridOf(wkt)).as(wkt).isEqualTo(OptionalInt.of(srid));
	}

}
