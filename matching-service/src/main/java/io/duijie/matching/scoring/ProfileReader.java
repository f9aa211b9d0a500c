package io.duijie.matching.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.duijie.contracts.ChainLink;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.InvestorProfile;
import io.duijie.contracts.PartnerType;
import io.duijie.matching.scoring.PartnerFeatures.Link;
import io.duijie.matching.scoring.PartnerFeatures.Phrase;
import io.duijie.matching.text.ChineseText;
import io.duijie.matching.text.ConceptDictionary;
import io.duijie.matching.text.ConceptDictionary.Concept;
import io.duijie.matching.text.ConceptDictionary.Mention;
import io.duijie.matching.text.ConceptDictionary.Reading;
import io.duijie.matching.text.IndustryCodes;

/**
 * Reads profiles into the scorer's features with the industry dictionary. Thread-safe.
 */
public final class ProfileReader {

	private final ConceptDictionary dictionary;

	public ProfileReader(ConceptDictionary dictionary) {
		this.dictionary = dictionary;
	}

	public ConceptDictionary dictionary() {
		return this.dictionary;
	}

	public EnterpriseFeatures read(EnterpriseProfile enterprise) {
		Reading description = this.dictionary.read(enterprise.description());
		Reading rdTopics = enterprise.needs().rdTopics().isEmpty() ? Reading.empty()
				: this.dictionary.read(String.join("\n", enterprise.needs().rdTopics()));
		Set<String> given = new LinkedHashSet<>();
		enterprise.industryCodes().forEach((code) -> given.add(IndustryCodes.digits(code)));
		Set<String> inferred = new LinkedHashSet<>();
		Set<String> categories = new LinkedHashSet<>(this.dictionary.categoryCodes(given));
		// codes and categories come from the firm's own business, not from its customers
		for (Mention mention : description.ownMentions()) {
			mention.concept().industryCodes().stream().filter((code) -> !given.contains(code)).forEach(inferred::add);
			categories.addAll(mention.concept().categories());
		}
		return new EnterpriseFeatures(enterprise, description, rdTopics, List.copyOf(inferred), categories);
	}

	public PartnerFeatures read(CounterpartProfile counterpart) {
		List<Phrase> keywords = new ArrayList<>(phrases(counterpart.keywords()));
		if (counterpart.kind() != CounterpartKind.SPACE) {
			// a cluster's or an institution's name is a keyword of its own (新材料, 创新药物)
			keywords.add(phrase(counterpart.name()));
		}
		List<Phrase> research = phrases(counterpart.researchAreas());
		List<Link> links = new ArrayList<>();
		for (ChainLink link : counterpart.chainLinks()) {
			links.add(new Link(link.name(), link.position(), phrases(link.keywords()), link.residents()));
		}
		Set<String> categories = new LinkedHashSet<>(
				this.dictionary.categoryCodes(digits(counterpart.industryCodes())));
		categories.addAll(conceptCategories(keywords));
		return new PartnerFeatures(PartnerType.COUNTERPART, counterpart.kind(), counterpart.name(),
				counterpart.nameEn(), counterpart.parkName(), counterpart.region(), digits(counterpart.industryCodes()),
				keywords, research, links, List.copyOf(categories), counterpart.space(), List.of(), null, null,
				List.of());
	}

	public PartnerFeatures read(InvestorProfile investor) {
		List<Phrase> sectors = phrases(investor.sectors());
		Set<String> categories = new LinkedHashSet<>(this.dictionary.categoryCodes(digits(investor.industryCodes())));
		categories.addAll(conceptCategories(sectors));
		return new PartnerFeatures(PartnerType.INVESTOR, null, investor.name(), investor.nameEn(), null, null,
				digits(investor.industryCodes()), sectors, List.of(), List.of(), List.copyOf(categories), null,
				investor.stages(), investor.ticketMinCny(), investor.ticketMaxCny(), investor.regionCodes());
	}

	private List<Phrase> phrases(List<String> texts) {
		List<Phrase> phrases = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String text : texts) {
			Phrase phrase = phrase(text);
			if (!phrase.keys().isEmpty() && seen.add(phrase.keys().get(0))) {
				phrases.add(phrase);
			}
		}
		return phrases;
	}

	private Phrase phrase(String text) {
		Set<String> keys = new LinkedHashSet<>();
		Concept whole = this.dictionary.concept(text);
		if (whole != null) {
			keys.add(whole.key());
		}
		else {
			String key = ChineseText.key(text);
			if (key.length() >= 2) {
				keys.add(key);
			}
			// 工业铝型材挤压 also matches a firm that says 铝型材
			this.dictionary.read(text).mentions().forEach((mention) -> keys.add(mention.concept().key()));
		}
		return new Phrase(text.strip(), List.copyOf(keys));
	}

	private Set<String> conceptCategories(List<Phrase> phrases) {
		Set<String> categories = new LinkedHashSet<>();
		for (Phrase phrase : phrases) {
			Concept concept = this.dictionary.concept(phrase.text());
			if (concept != null) {
				categories.addAll(concept.categories());
			}
		}
		return categories;
	}

	private static List<String> digits(List<String> codes) {
		return codes.stream().map(IndustryCodes::digits).distinct().toList();
	}

}
