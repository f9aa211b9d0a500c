package io.duijie.matching.index;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Space;
import io.duijie.contracts.SpaceType;
import io.duijie.matching.scoring.EnterpriseFeatures;
import io.duijie.matching.scoring.PartnerFeatures;
import io.duijie.matching.scoring.PartnerFeatures.Link;
import io.duijie.matching.scoring.PartnerFeatures.Phrase;
import io.duijie.matching.text.ConceptDictionary.Mention;
import io.duijie.matching.scoring.Regions;
import io.duijie.matching.text.IndustryCodes;
import org.jspecify.annotations.Nullable;

/**
 * The terms under which entries are posted, and the weighted terms a query looks up. A
 * term is one of: {@code c:<class>} and {@code g:<group>} (GB/T 4754 codes, given or
 * inferred), {@code k:<phrase key>} (a concept or a phrase), {@code s:<category>}
 * (strategic emerging industries category, the cluster a firm belongs to),
 * {@code r:<province>} (region) and {@code a:<space type>:<log2 area>:<province>} (area
 * on offer or needed). The weights only rank candidates for exact scoring; they roughly
 * follow the scorer's so that the best pairs come first.
 */
public final class Terms {

	static final double CODE_CLASS = 0.30;

	static final double CODE_GROUP = 0.20;

	static final double CONCEPT = 0.30;

	static final double PHRASE = 0.10;

	static final double CATEGORY = 0.10;

	static final double REGION = 0.05;

	static final double AREA = 0.15;

	/**
	 * Area buckets above the need a query looks at: half octaves, up to 2^4 = 16 times
	 * the need.
	 */
	static final int AREA_BUCKETS = 8;

	private Terms() {
	}

	/** The terms an enterprise is posted under. */
	public static Set<String> of(EnterpriseFeatures enterprise) {
		Set<String> terms = new LinkedHashSet<>(enterpriseQuery(enterprise).keySet());
		terms.removeIf((term) -> term.startsWith("a:"));
		Needs needs = enterprise.profile().needs();
		if (needs.factoryAreaM2() != null && needs.factoryAreaM2() > 0) {
			terms.add("n:factory:" + bucket(needs.factoryAreaM2()));
		}
		if (needs.landAreaM2() != null && needs.landAreaM2() > 0) {
			terms.add("n:land:" + bucket(needs.landAreaM2()));
		}
		if (needs.fundingCny() != null && needs.fundingCny() > 0) {
			terms.add("n:funding");
		}
		return terms;
	}

	/** The terms a partner is posted under. */
	public static Set<String> of(PartnerFeatures partner) {
		Set<String> terms = new LinkedHashSet<>();
		partner.industryCodes().forEach((code) -> codes(code, 1, terms, null));
		phrases(partner.keywords(), terms);
		phrases(partner.researchAreas(), terms);
		for (Link link : partner.chainLinks()) {
			phrases(link.keywords(), terms);
		}
		partner.categories().forEach((category) -> terms.add("s:" + category));
		if (partner.region() != null) {
			terms.add("r:" + province(partner.region().code()));
		}
		partner.regionCodes().forEach((code) -> terms.add("r:" + province(code)));
		Space space = partner.space();
		if (space != null) {
			// area and province in one term: the spaces that can hold a need where the
			// firm looks
			String province = (partner.region() != null) ? province(partner.region().code()) : "";
			terms.add("a:" + areaKind(space.type()) + ":" + bucket(space.areaM2()) + ":" + province);
		}
		return terms;
	}

	/** What an enterprise looks up among partners. */
	public static Map<String, Double> enterpriseQuery(EnterpriseFeatures enterprise) {
		Map<String, Double> query = new LinkedHashMap<>();
		EnterpriseProfile profile = enterprise.profile();
		profile.industryCodes().forEach((code) -> codes(code, 1, null, query));
		enterprise.inferredCodes().forEach((code) -> codes(code, 0.8, null, query));
		enterprise.description().keys().forEach((key) -> query.putIfAbsent("k:" + key, PHRASE));
		enterprise.rdTopics().keys().forEach((key) -> query.putIfAbsent("k:" + key, PHRASE));
		for (Mention mention : enterprise.description().mentions()) {
			query.put("k:" + mention.concept().key(), CONCEPT);
		}
		for (Mention mention : enterprise.rdTopics().mentions()) {
			query.put("k:" + mention.concept().key(), CONCEPT);
		}
		enterprise.categories().forEach((category) -> query.put("s:" + category, CATEGORY));
		String home = province(profile.region().code());
		query.put("r:" + home, REGION);
		// a Greater Bay Area firm looks for space in Guangdong (the region factor),
		// others at home
		String where = Regions.inGreaterBayArea(profile.region().code()) ? "44" : home;
		Needs needs = profile.needs();
		if (needs.factoryAreaM2() != null && needs.factoryAreaM2() > 0) {
			area("factory", needs.factoryAreaM2(), where, query);
		}
		if (needs.landAreaM2() != null && needs.landAreaM2() > 0) {
			area("land", needs.landAreaM2(), where, query);
		}
		return query;
	}

	/** What a partner looks up among enterprises. */
	public static Map<String, Double> partnerQuery(PartnerFeatures partner) {
		Map<String, Double> query = new LinkedHashMap<>();
		for (String term : of(partner)) {
			if (term.startsWith("c:")) {
				query.put(term, CODE_CLASS);
			}
			else if (term.startsWith("g:")) {
				query.put(term, CODE_GROUP);
			}
			else if (term.startsWith("k:")) {
				query.put(term, CONCEPT);
			}
			else if (term.startsWith("s:")) {
				query.put(term, CATEGORY);
			}
			else if (term.startsWith("r:")) {
				query.put(term, REGION);
			}
		}
		Space space = partner.space();
		if (space != null) {
			String kind = (areaKind(space.type()).equals("land")) ? "land" : "factory";
			int top = bucket(space.areaM2());
			for (int b = Math.max(0, top - AREA_BUCKETS); b <= top; b++) {
				query.put("n:" + kind + ":" + b, AREA);
			}
		}
		if (partner.ticketMinCny() != null || partner.ticketMaxCny() != null) {
			query.put("n:funding", REGION);
		}
		return query;
	}

	/**
	 * The area buckets that can hold a need, the closest weighing most (the scorer
	 * prefers an offer close to the need), and the region's weight included (the term is
	 * area and province).
	 */
	private static void area(String kind, long need, String province, Map<String, Double> query) {
		int from = bucket(need);
		for (int b = from; b <= from + AREA_BUCKETS; b++) {
			query.put("a:" + kind + ":" + b + ":" + province, AREA * (1 - 0.1 * (b - from)) + REGION);
		}
	}

	private static void codes(String code, double weight, @Nullable Set<String> terms,
			@Nullable Map<String, Double> query) {
		String digits = IndustryCodes.digits(code);
		if (digits.length() >= 4) {
			add("c:" + digits.substring(0, 4), CODE_CLASS * weight, terms, query);
		}
		if (digits.length() >= 3) {
			add("g:" + digits.substring(0, 3), CODE_GROUP * weight, terms, query);
		}
	}

	private static void add(String term, double weight, @Nullable Set<String> terms,
			@Nullable Map<String, Double> query) {
		if (terms != null) {
			terms.add(term);
		}
		if (query != null) {
			query.merge(term, weight, Math::max);
		}
	}

	private static void phrases(List<Phrase> phrases, Set<String> terms) {
		phrases.forEach((phrase) -> phrase.keys().forEach((key) -> terms.add("k:" + key)));
	}

	private static String province(String regionCode) {
		return (regionCode.length() >= 2) ? regionCode.substring(0, 2) : regionCode;
	}

	/** Land is land; every other space holds a factory-floor need. */
	private static String areaKind(SpaceType type) {
		return (type == SpaceType.LAND) ? "land" : "factory";
	}

	/** Half-octave buckets: floor(2 log2 area), so 1,000 and 1,400 m² fall apart. */
	static int bucket(long area) {
		return (int) Math.floor(2 * Math.log(Math.max(1, area)) / Math.log(2));
	}

}
