package io.duijie.matching.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.duijie.contracts.CounterpartKind;
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
 * {@code r:<province>} (region), {@code a:<factory|land>:<half-octave of the area>} (a
 * space's area) and {@code h:<factory|land>:<half-octave>} (the needs a space can hold).
 * The weights only rank candidates for exact scoring; they roughly follow the scorer's so
 * that the best pairs come first.
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
	 * Area buckets below a space's area a space's query for enterprises looks at: half
	 * octaves, needs down to 1/16 of the space.
	 */
	static final int AREA_BUCKETS = 8;

	/**
	 * Area buckets above the need an enterprise's query for spaces looks at: half octaves
	 * up to 2^16 times the need, which is every space that can hold it.
	 */
	static final int SPACE_BUCKETS = 32;

	/** Half octaves below a space's area that it is posted as holding: 1/256 of it. */
	static final int HOLDS_BUCKETS = 16;

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
			// wherever it is: a firm takes a space in another province if it fits it
			// best (the region factor is a small part of the score)
			String kind = areaKind(space.type());
			int bucket = bucket(space.areaM2());
			terms.add("a:" + kind + ":" + bucket);
			// the needs it can hold, down to 1/256 of its area: a query keeps only the
			// spaces posted under its need's term
			for (int b = Math.max(0, bucket - HOLDS_BUCKETS); b <= bucket; b++) {
				terms.add("h:" + kind + ":" + b);
			}
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
		// a Greater Bay Area firm (Hong Kong and Macau included) is drawn to Guangdong
		// (the region factor), others to home
		query.put("r:" + province(profile.region().code()), REGION);
		if (Regions.inGreaterBayArea(profile.region().code())) {
			query.put("r:44", REGION);
		}
		Needs needs = profile.needs();
		if (needs.factoryAreaM2() != null && needs.factoryAreaM2() > 0) {
			area("factory", needs.factoryAreaM2(), query);
		}
		if (needs.landAreaM2() != null && needs.landAreaM2() > 0) {
			area("land", needs.landAreaM2(), query);
		}
		return query;
	}

	/**
	 * An enterprise's query for one partner kind. For spaces: only those that can hold
	 * the need (posted under its {@code h:} term; one that cannot never fits, whatever
	 * else it shares), the area terms taken within a budget of their own so that the
	 * closest are always among the candidates. The other kinds are never posted under
	 * area terms.
	 */
	public static KindQuery forKind(EnterpriseFeatures enterprise, Map<String, Double> query, String kind) {
		List<String> holding = new ArrayList<>(2);
		Map<String, Double> area = new LinkedHashMap<>();
		Map<String, Double> others = new LinkedHashMap<>();
		boolean spaces = kind.equals(CounterpartKind.SPACE.name());
		query.forEach((term, weight) -> {
			if (!term.startsWith("a:")) {
				others.put(term, weight);
			}
			else if (spaces) {
				area.put(term, weight);
			}
		});
		if (spaces) {
			Needs needs = enterprise.profile().needs();
			if (needs.factoryAreaM2() != null && needs.factoryAreaM2() > 0) {
				holding.add("h:factory:" + bucket(needs.factoryAreaM2()));
			}
			if (needs.landAreaM2() != null && needs.landAreaM2() > 0) {
				holding.add("h:land:" + bucket(needs.landAreaM2()));
			}
		}
		return new KindQuery(holding, area, others);
	}

	/**
	 * @param holding terms of which a candidate must be posted under one (none: any entry
	 * will do)
	 * @param area terms taken first, within a budget of their own
	 * @param terms the other terms
	 */
	public record KindQuery(List<String> holding, Map<String, Double> area, Map<String, Double> terms) {
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
	 * The area buckets that can hold a need, every one up to {@link #SPACE_BUCKETS}: a
	 * space must share one of them (see {@link #forKind}). The closest weigh most, as the
	 * scorer prefers an offer close to the need (down to a quarter of the factor from
	 * eight times the need on).
	 */
	private static void area(String kind, long need, Map<String, Double> query) {
		int from = bucket(need);
		for (int b = from; b <= from + SPACE_BUCKETS; b++) {
			query.put("a:" + kind + ":" + b, AREA * Math.max(0.25, 1 - 0.1 * (b - from)));
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
