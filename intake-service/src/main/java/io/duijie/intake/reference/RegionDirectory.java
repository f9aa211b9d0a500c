package io.duijie.intake.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.duijie.contracts.Region;

/**
 * Resolves a region given as a GB/T 2260 code or a name (Chinese, Traditional Chinese or
 * English; with or without its suffix 市, 省, 自治区, 特别行政区, City, SAR; case and spaces
 * ignored) to its {@link Region}. The table is the resource
 * {@code /reference/regions.tsv}, not code.
 */
public final class RegionDirectory {

	/** Hong Kong, GB/T 2260 code {@value}. */
	public static final String HONG_KONG = "810000";

	/** Macau, GB/T 2260 code {@value}. */
	public static final String MACAU = "820000";

	private static final String RESOURCE = "/reference/regions.tsv";

	private static final Pattern CODE = Pattern.compile("[0-9]{6}");

	private static final List<String> SUFFIXES = List.of("特别行政区", "特別行政區", "specialadministrativeregion", "壮族自治区",
			"回族自治区", "维吾尔自治区", "自治区", "autonomousregion", "province", "city", "sar", "省", "市");

	private final Map<String, Region> byCode;

	private final Map<String, Region> byName;

	private RegionDirectory(Map<String, Region> byCode, Map<String, Region> byName) {
		this.byCode = Map.copyOf(byCode);
		this.byName = Map.copyOf(byName);
	}

	/** The directory of {@code /reference/regions.tsv}, loaded once. */
	public static RegionDirectory standard() {
		return Standard.INSTANCE;
	}

	/**
	 * The region a code or a name stands for.
	 * @param input a six-digit GB/T 2260 code or a name
	 * @return the region, or empty if the table does not know it
	 */
	public Optional<Region> resolve(String input) {
		String text = Text.halfWidth(input).strip();
		if (CODE.matcher(text).matches()) {
			return Optional.ofNullable(this.byCode.get(text));
		}
		String key = key(text);
		Region region = this.byName.get(key);
		if (region == null) {
			region = this.byName.get(stripSuffix(key));
		}
		return Optional.ofNullable(region);
	}

	/** The number of regions in the table. */
	public int size() {
		return this.byCode.size();
	}

	static RegionDirectory load(InputStream in) throws IOException {
		Map<String, Region> byCode = new HashMap<>();
		Map<String, Region> byName = new HashMap<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t", -1);
			if (columns.length < 2 || !CODE.matcher(columns[0]).matches() || columns[1].isBlank()) {
				throw new IllegalStateException(
						RESOURCE + " line " + number + ": expected code<TAB>name[<TAB>aliases]");
			}
			Region region = new Region(columns[0], columns[1].strip());
			if (byCode.put(region.code(), region) != null) {
				throw new IllegalStateException(RESOURCE + " line " + number + ": duplicate code " + region.code());
			}
			index(byName, region.name(), region, number);
			if (columns.length > 2) {
				for (String alias : columns[2].split(",")) {
					if (!alias.isBlank()) {
						index(byName, alias, region, number);
					}
				}
			}
		}
		return new RegionDirectory(byCode, byName);
	}

	private static void index(Map<String, Region> byName, String name, Region region, int line) {
		String key = key(name);
		for (String variant : List.of(key, stripSuffix(key))) {
			Region previous = byName.putIfAbsent(variant, region);
			if (previous != null && !previous.code().equals(region.code())) {
				throw new IllegalStateException(RESOURCE + " line " + line + ": name '" + variant + "' is both "
						+ previous.code() + " and " + region.code());
			}
		}
	}

	private static String key(String name) {
		return Text.halfWidth(name).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
	}

	private static String stripSuffix(String key) {
		for (String suffix : SUFFIXES) {
			if (key.endsWith(suffix) && key.length() > suffix.length()) {
				return key.substring(0, key.length() - suffix.length());
			}
		}
		return key;
	}

	private static final class Standard {

		private static final RegionDirectory INSTANCE = loadStandard();

		private static RegionDirectory loadStandard() {
			try (InputStream in = RegionDirectory.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("No " + RESOURCE + " on the classpath");
				}
				return load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
