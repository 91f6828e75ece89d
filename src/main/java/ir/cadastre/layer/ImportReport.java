package ir.cadastre.layer;

import java.util.List;

/**
 * What an import did (issue "GIS staff keep the layers current").
 *
 * @param layer the layer
 * @param version the new version's number; {@code null} for a dry run, which makes none
 * @param mode {@code replace} or {@code append}
 * @param file the uploaded file's name
 * @param format the format it was read as
 * @param sourceSrid the coordinate system it was read in
 * @param checksum SHA-256 of the file
 * @param read features read
 * @param imported features stored
 * @param repaired features stored after {@code ST_MakeValid}
 * @param rejected features refused, outside the jurisdiction included
 * @param outsideJurisdiction features refused for lying outside Iran
 * @param retired features of the previous version retired by a replace
 * @param repairs the repaired features (at most {@value #LISTED} listed)
 * @param rejections the refused features (at most {@value #LISTED} listed)
 * @param pendingOverlaps imported features of a blocking layer (licences) that share
 * interior with a pending application, one finding per pair (at most {@value #LISTED}
 * listed): the application was accepted before the licence was recorded, and the ministry
 * decides which prevails
 * @param dryRun whether this is what the import would do: the file was checked as the
 * import checks it, and nothing was written
 */
public record ImportReport(String layer, Long version, String mode, String file, String format, int sourceSrid,
		String checksum, long read, long imported, long repaired, long rejected, long outsideJurisdiction, long retired,
		List<Finding> repairs, List<Finding> rejections, List<Finding> pendingOverlaps, boolean dryRun) {

	/** Most findings listed per kind; the counts are always complete. */
	public static final int LISTED = 1000;

	/**
	 * One feature's fate.
	 *
	 * @param number its position in the file, from 1
	 * @param id its id attribute, if any
	 * @param reason why it was repaired or refused
	 */
	public record Finding(int number, String id, String reason) {

	}

}
