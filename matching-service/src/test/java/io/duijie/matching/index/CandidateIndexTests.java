package io.duijie.matching.index;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.duijie.contracts.Contact;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Region;
import io.duijie.matching.index.CandidateIndex.Indexed;
import io.duijie.matching.scoring.PartnerFeatures;
import io.duijie.matching.scoring.ProfileReader;
import io.duijie.matching.scoring.SeedProfiles;
import io.duijie.matching.text.ConceptDictionary;
import io.duijie.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate index against a real Redis (test-support's), in a database of its own
 * that each test empties first, so that no running service sees these entries.
 */
class CandidateIndexTests {

	private static final int DATABASE = 11;

	private static final String PARTITION = "PARK_INDUSTRY";

	private static LettuceConnectionFactory connections;

	private static StringRedisTemplate redis;

	private final CandidateIndex index = new CandidateIndex(redis, JsonMapper.builder().build(), 100);

	@BeforeAll
	static void connect() {
		URI url = URI.create(TestInfrastructure.get().redisUrl());
		RedisStandaloneConfiguration configuration = new RedisStandaloneConfiguration(url.getHost(), url.getPort());
		configuration.setDatabase(DATABASE);
		connections = new LettuceConnectionFactory(configuration);
		connections.afterPropertiesSet();
		connections.start();
		redis = new StringRedisTemplate(connections);
	}

	@AfterAll
	static void disconnect() {
		connections.destroy();
	}

	@BeforeEach
	void emptyDatabase() {
		redis.execute((RedisCallback<Object>) (connection) -> {
			connection.serverCommands().flushDb();
			return null;
		});
	}

	@Test
	void aNewVersionMovesThePostingsFromTheOldTermsToTheNew() {
		assertThat(put("ent-1", 1, Set.of("k:铝型材", "k:铝合金"), null)).isTrue();
		assertThat(ids(Map.of("k:铝型材", 1.0))).containsExactly("ent-1");

		assertThat(put("ent-1", 2, Set.of("k:铝合金", "k:再生铝"), new Indexed(PARTITION, Set.of("k:铝型材", "k:铝合金"))))
			.isTrue();

		// the term the new version dropped no longer finds the entry; the others do
		assertThat(ids(Map.of("k:铝型材", 1.0))).isEmpty();
		assertThat(ids(Map.of("k:铝合金", 1.0))).containsExactly("ent-1");
		assertThat(ids(Map.of("k:再生铝", 1.0))).containsExactly("ent-1");
		assertThat(this.index.candidates(Side.ENTERPRISE, PARTITION, Map.of("k:再生铝", 1.0), 10, 100)).singleElement()
			.satisfies((entry) -> {
				assertThat(entry.version()).isEqualTo(2);
				assertThat(entry.requireProfile().description()).isEqualTo("v2");
			});
	}

	@Test
	void anEntryMovedToAnotherPartitionLeavesTheOldOne() {
		put("cp-1", 1, Set.of("k:铝型材"), null);

		this.index.put(Side.ENTERPRISE, "cp-1", 2, profile("v2"), "SPACE", Set.of("k:铝型材"),
				new Indexed(PARTITION, Set.of("k:铝型材")));

		assertThat(ids(Map.of("k:铝型材", 1.0))).isEmpty();
		assertThat(this.index.candidates(Side.ENTERPRISE, "SPACE", Map.of("k:铝型材", 1.0), 10, 100))
			.extracting(IndexEntry::id)
			.containsExactly("cp-1");
	}

	@Test
	void anOlderVersionIsIgnoredAndTheSameVersionAccepted() {
		put("ent-1", 2, Set.of("k:铝合金"), null);

		assertThat(put("ent-1", 1, Set.of("k:餐饮"), new Indexed(PARTITION, Set.of("k:铝合金")))).isFalse();
		assertThat(this.index.get(Side.ENTERPRISE, "ent-1")).hasValueSatisfying((entry) -> {
			assertThat(entry.version()).isEqualTo(2);
			assertThat(entry.requireProfile().description()).isEqualTo("v2");
		});
		assertThat(ids(Map.of("k:餐饮", 1.0))).isEmpty();
		assertThat(ids(Map.of("k:铝合金", 1.0))).containsExactly("ent-1");
		// a redelivery of the current version is accepted (and re-scored by the caller)
		assertThat(put("ent-1", 2, Set.of("k:铝合金"), new Indexed(PARTITION, Set.of("k:铝合金")))).isTrue();
	}

	@Test
	void aWithdrawalKeepsTheVersionAndLeavesEveryPosting() {
		put("ent-1", 1, Set.of("k:铝合金", "r:44"), null);
		put("ent-2", 1, Set.of("r:44"), null);

		assertThat(this.index.withdraw(Side.ENTERPRISE, "ent-1", 2L, new Indexed(PARTITION, Set.of("k:铝合金", "r:44"))))
			.isTrue();

		assertThat(ids(Map.of("k:铝合金", 1.0, "r:44", 0.1))).containsExactly("ent-2");
		assertThat(this.index.live(Side.ENTERPRISE)).extracting(IndexEntry::id).containsExactly("ent-2");
		assertThat(this.index.get(Side.ENTERPRISE, "ent-1")).hasValueSatisfying((entry) -> {
			assertThat(entry.live()).isFalse();
			assertThat(entry.version()).isEqualTo(2);
		});
		// neither the withdrawn version nor an older one comes back; a newer one does
		assertThat(put("ent-1", 2, Set.of("k:铝合金"), null)).isFalse();
		assertThat(put("ent-1", 1, Set.of("k:铝合金"), null)).isFalse();
		assertThat(this.index.withdraw(Side.ENTERPRISE, "ent-1", 1L, null)).isFalse();
		assertThat(put("ent-1", 3, Set.of("k:铝合金"), null)).isTrue();
		assertThat(ids(Map.of("k:铝合金", 1.0))).containsExactly("ent-1");
	}

	@Test
	void aTombstoneWithdrawsWhateverTheVersion() {
		put("ent-1", 5, Set.of("k:铝合金"), null);

		assertThat(this.index.withdraw(Side.ENTERPRISE, "ent-1", null, new Indexed(PARTITION, Set.of("k:铝合金"))))
			.isTrue();

		assertThat(ids(Map.of("k:铝合金", 1.0))).isEmpty();
		assertThat(this.index.get(Side.ENTERPRISE, "ent-1")).hasValueSatisfying((entry) -> {
			assertThat(entry.live()).isFalse();
			assertThat(entry.version()).isEqualTo(5);
		});
		// a tombstone for an id never seen leaves nothing behind
		assertThat(this.index.withdraw(Side.ENTERPRISE, "ent-unknown", null, null)).isTrue();
		assertThat(this.index.get(Side.ENTERPRISE, "ent-unknown")).isEmpty();
	}

	@Test
	void candidatesAreRankedByTheWeightsOfTheTermsTheyShare() {
		put("both", 1, Set.of("c:3252", "k:铝型材"), null);
		put("code", 1, Set.of("c:3252"), null);
		put("keyword", 1, Set.of("k:铝型材", "r:44"), null);
		put("nothing", 1, Set.of("k:餐饮"), null);
		Map<String, Double> query = new LinkedHashMap<>();
		query.put("c:3252", 0.3);
		query.put("k:铝型材", 0.2);
		query.put("r:44", 0.05);

		assertThat(ids(query)).containsExactly("both", "code", "keyword");
		assertThat(this.index.candidates(Side.ENTERPRISE, PARTITION, query, 2, 100)).extracting(IndexEntry::id)
			.containsExactly("both", "code");
		// another partition shares no postings
		assertThat(this.index.candidates(Side.ENTERPRISE, "INSTITUTION", query, 10, 100)).isEmpty();
		assertThat(this.index.candidates(Side.ENTERPRISE, PARTITION, Map.of(), 10, 100)).isEmpty();
	}

	@Test
	void withHoldingTermsOnlyEntriesPostedUnderOneComeBackRankedByAllTheyShare() {
		put("holds-and-fields", 1, Set.of("h:factory:11", "a:factory:12", "k:铝型材"), null);
		put("holds-closest", 1, Set.of("h:factory:11", "a:factory:11"), null);
		put("holds-far", 1, Set.of("h:factory:11", "a:factory:20", "k:铝型材", "k:铝合金"), null);
		put("fields-only", 1, Set.of("k:铝型材", "k:铝合金", "a:factory:3"), null);
		put("holds-nothing-shared", 1, Set.of("h:factory:11", "a:factory:30"), null);
		Map<String, Double> area = new LinkedHashMap<>();
		area.put("a:factory:11", 0.15);
		area.put("a:factory:12", 0.135);
		Map<String, Double> others = Map.of("k:铝型材", 0.3, "k:铝合金", 0.3);

		// the space that cannot hold the need never comes back, however much else it
		// shares; one that holds it but shares no term is not a candidate either
		assertThat(
				this.index.candidates(Side.ENTERPRISE, PARTITION, List.of("h:factory:11"), area, others, 10, 100, 5000))
			.extracting(IndexEntry::id)
			.containsExactly("holds-far", "holds-and-fields", "holds-closest");
		assertThat(
				this.index.candidates(Side.ENTERPRISE, PARTITION, List.of("h:factory:11"), area, others, 1, 100, 5000))
			.extracting(IndexEntry::id)
			.containsExactly("holds-far");
		// either of two needs will do (factory space or land)
		assertThat(this.index.candidates(Side.ENTERPRISE, PARTITION, List.of("h:land:9", "h:factory:11"), area,
				Map.of(), 10, 100, 5000))
			.extracting(IndexEntry::id)
			.containsExactly("holds-closest", "holds-and-fields");
		// nothing holds the need: nothing at all
		assertThat(
				this.index.candidates(Side.ENTERPRISE, PARTITION, List.of("h:factory:25"), area, others, 10, 100, 5000))
			.isEmpty();
	}

	@Test
	void theBudgetLeavesOutTheLightCommonTermsAndTheFirstTermIsAlwaysRead() {
		put("rare", 1, Set.of("c:3252", "r:44"), null);
		put("common-1", 1, Set.of("r:44"), null);
		put("common-2", 1, Set.of("r:44"), null);
		put("common-3", 1, Set.of("r:44"), null);
		Map<String, Double> query = new LinkedHashMap<>();
		query.put("r:44", 0.05);
		query.put("c:3252", 0.3);

		// budget 2: the code's posting (1 member) fits, the region's (4) does not
		assertThat(this.index.candidates(Side.ENTERPRISE, PARTITION, List.of(), Map.of(), query, 10, 100, 2))
			.extracting(IndexEntry::id)
			.containsExactly("rare");
		// budget 5: both, "rare" sharing both terms first
		assertThat(this.index.candidates(Side.ENTERPRISE, PARTITION, List.of(), Map.of(), query, 10, 100, 5))
			.extracting(IndexEntry::id)
			.startsWith("rare")
			.hasSize(4);
		// the heaviest term is read even if its posting alone exceeds the budget
		assertThat(this.index.candidates(Side.ENTERPRISE, PARTITION, List.of(), Map.of(), Map.of("r:44", 0.05), 10, 100,
				1))
			.hasSize(4);
	}

	@Test
	void theHoldingFilterLooksPastCandidatesThatCannotHoldTheNeed() {
		// ten spaces that share the most but cannot hold the need, ahead of the one that
		// can: more than one page of the filter
		for (int i = 0; i < 10; i++) {
			put("too-small-" + i, 1, Set.of("k:铝型材", "k:铝合金", "a:factory:3"), null);
		}
		put("holds", 1, Set.of("h:factory:11", "a:factory:11"), null);
		Map<String, Double> area = Map.of("a:factory:11", 0.15);
		Map<String, Double> others = Map.of("k:铝型材", 0.3, "k:铝合金", 0.3);

		assertThat(
				this.index.candidates(Side.ENTERPRISE, PARTITION, List.of("h:factory:11"), area, others, 1, 100, 5000))
			.extracting(IndexEntry::id)
			.containsExactly("holds");
	}

	@Test
	void postingsLongerThanMaxPostingAreSkipped() {
		put("a", 1, Set.of("r:44"), null);
		put("b", 1, Set.of("r:44"), null);
		put("c", 1, Set.of("r:44", "k:铝型材"), null);

		// r:44 has 3 entries: too common at maxPosting 2, so only the rare term counts
		assertThat(this.index.candidates(Side.ENTERPRISE, PARTITION, Map.of("r:44", 1.0, "k:铝型材", 0.1), 10, 2))
			.extracting(IndexEntry::id)
			.containsExactly("c");
		assertThat(this.index.candidates(Side.ENTERPRISE, PARTITION, Map.of("r:44", 1.0), 10, 2)).isEmpty();
		assertThat(this.index.candidates(Side.ENTERPRISE, PARTITION, Map.of("r:44", 1.0), 10, 3)).hasSize(3);
	}

	@Test
	void entriesAreReadByIdInBatchesAndAsTheLiveSet() {
		for (int i = 0; i < CandidateIndex.READ_BATCH + 20; i++) {
			put("ent-" + i, 1, Set.of("k:铝型材"), null);
		}
		this.index.withdraw(Side.ENTERPRISE, "ent-0", null, new Indexed(PARTITION, Set.of("k:铝型材")));

		assertThat(this.index.live(Side.ENTERPRISE)).hasSize(CandidateIndex.READ_BATCH + 19)
			.extracting(IndexEntry::id)
			.doesNotContain("ent-0");
		assertThat(this.index.get(Side.ENTERPRISE, List.of("ent-1", "ent-unknown", "ent-0"))).extracting(IndexEntry::id)
			.containsExactlyInAnyOrder("ent-1", "ent-0");
	}

	@Test
	void partnerFeaturesRoundTripThroughTheIndex() {
		ProfileReader reader = new ProfileReader(ConceptDictionary.load());
		for (CounterpartProfile seed : SeedProfiles.counterparts()) {
			PartnerFeatures features = reader.read(seed);
			String id = "cp-" + seed.name();
			this.index.put(Side.COUNTERPART, id, 1, features, seed.kind().name(), Terms.of(features), null);

			assertThat(this.index.get(Side.COUNTERPART, id))
				.hasValueSatisfying((entry) -> assertThat(entry.requireProfile()).as(seed.name()).isEqualTo(features));
			assertThat(
					this.index.candidates(Side.COUNTERPART, seed.kind().name(), Terms.partnerQuery(features), 50, 1000))
				.extracting(IndexEntry::id)
				.contains(id);
		}
	}

	@Test
	void theRebuildMarkerIsKeptUntilRedisIsWiped() {
		assertThat(this.index.isBuilt()).isFalse();
		this.index.markBuilt();
		assertThat(this.index.isBuilt()).isTrue();
		emptyDatabase();
		assertThat(this.index.isBuilt()).isFalse();
	}

	private boolean put(String id, long version, Set<String> terms, Indexed previous) {
		return this.index.put(Side.ENTERPRISE, id, version, profile("v" + version), PARTITION, terms, previous);
	}

	private List<String> ids(Map<String, Double> query) {
		return this.index.candidates(Side.ENTERPRISE, PARTITION, query, 10, 100).stream().map(IndexEntry::id).toList();
	}

	private static EnterpriseProfile profile(String description) {
		return new EnterpriseProfile("示例企业", null, "91440605MA4W000001", IdentityType.USCC, new Region("440600", "佛山市"),
				List.of(), description, null, List.of(), Needs.none(), new Contact("示例联系人", null, null), null, null);
	}

}
