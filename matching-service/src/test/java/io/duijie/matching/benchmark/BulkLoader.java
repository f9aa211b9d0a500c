package io.duijie.matching.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.duijie.matching.index.IndexEntry;
import io.duijie.matching.matches.MatchEngine;
import io.duijie.matching.index.Terms;
import io.duijie.matching.scoring.PartnerFeatures;
import io.duijie.matching.index.CandidateIndex;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Writes new counterparts straight into the key layout {@code CandidateIndex.put} writes
 * for a new id (which {@code MatchingBenchmark --verify-bulk} checks on 10^3 entries):
 * {@code ids} hash, {@code seq}, {@code doc:<n>} JSON, {@code rev} hash, {@code live} set
 * and one posting set per partition and term; one pipeline per batch instead of five
 * round trips per entry. Only for ids the index does not hold yet.
 */
final class BulkLoader {

	static final String PREFIX = "duijie:matching:{counterpart}:";

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	BulkLoader(StringRedisTemplate redis, JsonMapper mapper) {
		this.redis = redis;
		this.mapper = CandidateIndex.entryMapper(mapper);
	}

	/** Loads new entries, numbering them on from the index's sequence. */
	void load(List<IndexEntry<PartnerFeatures>> entries) {
		String seq = this.redis.opsForValue().get(PREFIX + "seq");
		long next = (seq != null) ? Long.parseLong(seq) : 0;
		final long first = next + 1;
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			long docNo = first;
			for (IndexEntry<PartnerFeatures> entry : entries) {
				PartnerFeatures features = entry.requireProfile();
				String partition = MatchEngine.partitionOf(features);
				Set<String> terms = Terms.of(features);
				byte[] member = bytes(Long.toString(docNo));
				connection.hashCommands().hSet(bytes(PREFIX + "ids"), bytes(entry.id()), member);
				for (String term : terms) {
					connection.setCommands().sAdd(bytes(PREFIX + "p:" + partition + ":" + term), member);
				}
				connection.stringCommands()
					.set(bytes(PREFIX + "doc:" + docNo), bytes(this.mapper.writeValueAsString(entry)));
				connection.hashCommands().hIncrBy(bytes(PREFIX + "rev"), member, 1);
				connection.setCommands().sAdd(bytes(PREFIX + "live"), member);
				docNo++;
			}
			connection.stringCommands().set(bytes(PREFIX + "seq"), bytes(Long.toString(docNo - 1)));
			return null;
		});
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
