package io.duijie.intake.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.duijie.intake.imports.ImportJob.RowError;
import io.duijie.intake.imports.ImportJob.Status;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * Import jobs in Redis: a hash {@code duijie:intake:import:<id>} (status, kind, fileName,
 * counts, createdAt, finishedAt, failure, heartbeat in epoch ms) and a list
 * {@code duijie:intake:import:<id>:errors} of {@link RowError} JSON, both expiring
 * {@code duijie.intake.imports.job-ttl} after the last update. Each write is one script.
 */
@Repository
@EnableConfigurationProperties(ImportProperties.class) // here: MVC slices that include
														// @Repository beans bind it too
class ImportJobStore {

	/**
	 * KEYS[1] hash, KEYS[2] errors; ARGV now, staleAfter ms, ttl ms, kind, fileName,
	 * total, createdAt. 1 if the job was (re)created, 0 if a live or finished one is
	 * there.
	 */
	private static final RedisScript<Long> CLAIM = new DefaultRedisScript<>("""
			local status = redis.call('HGET', KEYS[1], 'status')
			if status and status ~= 'FAILED' then
			  local beat = tonumber(redis.call('HGET', KEYS[1], 'heartbeat') or '0')
			  if status == 'DONE' or tonumber(ARGV[1]) - beat < tonumber(ARGV[2]) then
			    return 0
			  end
			end
			redis.call('DEL', KEYS[1], KEYS[2])
			redis.call('HSET', KEYS[1], 'status', 'QUEUED', 'kind', ARGV[4], 'fileName', ARGV[5], 'total', ARGV[6],
			  'done', '0', 'published', '0', 'unchanged', '0', 'invalid', '0', 'failed', '0',
			  'createdAt', ARGV[7], 'heartbeat', ARGV[1])
			redis.call('PEXPIRE', KEYS[1], ARGV[3])
			return 1
			""", Long.class);

	/**
	 * KEYS[1] hash, KEYS[2] errors; ARGV now, ttl ms, status, done, published, unchanged,
	 * invalid, failed, finishedAt or '', failure or '', then errors.
	 */
	private static final RedisScript<Long> UPDATE = new DefaultRedisScript<>("""
			redis.call('HSET', KEYS[1], 'heartbeat', ARGV[1], 'status', ARGV[3], 'done', ARGV[4],
			  'published', ARGV[5], 'unchanged', ARGV[6], 'invalid', ARGV[7], 'failed', ARGV[8])
			if ARGV[9] ~= '' then redis.call('HSET', KEYS[1], 'finishedAt', ARGV[9]) end
			if ARGV[10] ~= '' then redis.call('HSET', KEYS[1], 'failure', ARGV[10]) end
			for i = 11, #ARGV do redis.call('RPUSH', KEYS[2], ARGV[i]) end
			redis.call('PEXPIRE', KEYS[1], ARGV[2])
			if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final ImportProperties properties;

	ImportJobStore(StringRedisTemplate redis, JsonMapper json, ImportProperties properties) {
		this.redis = redis;
		this.json = json;
		this.properties = properties;
	}

	static String key(String id) {
		return "duijie:intake:import:" + id;
	}

	static String errorsKey(String id) {
		return key(id) + ":errors";
	}

	/** Creates a QUEUED job unless a finished or live one with this id is there. */
	boolean claim(String id, String kind, String fileName, int total) {
		long now = System.currentTimeMillis();
		Long claimed = this.redis.execute(CLAIM, List.of(key(id), errorsKey(id)), String.valueOf(now),
				String.valueOf(this.properties.staleAfter().toMillis()),
				String.valueOf(this.properties.jobTtl().toMillis()), kind, fileName, String.valueOf(total),
				Instant.ofEpochMilli(now).toString());
		return claimed != null && claimed == 1;
	}

	/** Whether a finished or live job with this id is there (a re-upload returns it). */
	boolean settled(String id) {
		List<Object> fields = this.redis.opsForHash().multiGet(key(id), List.of("status", "heartbeat"));
		Object status = fields.get(0);
		if (status == null || Status.FAILED.name().equals(status)) {
			return false;
		}
		long beat = (fields.get(1) != null) ? Long.parseLong(fields.get(1).toString()) : 0;
		return Status.DONE.name().equals(status)
				|| System.currentTimeMillis() - beat < this.properties.staleAfter().toMillis();
	}

	void delete(String id) {
		this.redis.delete(List.of(key(id), errorsKey(id)));
	}

	/** Writes the counts, the status and the new errors. */
	void update(String id, Status status, Counts counts, List<RowError> newErrors, @Nullable Instant finishedAt,
			@Nullable String failure) {
		List<String> args = new ArrayList<>(List.of(String.valueOf(System.currentTimeMillis()),
				String.valueOf(this.properties.jobTtl().toMillis()), status.name(), String.valueOf(counts.done()),
				String.valueOf(counts.published()), String.valueOf(counts.unchanged()),
				String.valueOf(counts.invalid()), String.valueOf(counts.failed()),
				(finishedAt != null) ? finishedAt.toString() : "", (failure != null) ? failure : ""));
		for (RowError error : newErrors) {
			args.add(this.json.writeValueAsString(error));
		}
		this.redis.execute(UPDATE, List.of(key(id), errorsKey(id)), args.toArray());
	}

	Optional<ImportJob> find(String id) {
		Map<Object, Object> hash = this.redis.opsForHash().entries(key(id));
		if (hash.isEmpty() || !hash.containsKey("status")) {
			return Optional.empty();
		}
		List<String> stored = this.redis.opsForList().range(errorsKey(id), 0, -1);
		List<RowError> errors = new ArrayList<>();
		if (stored != null) {
			for (String error : stored) {
				errors.add(this.json.readValue(error, RowError.class));
			}
		}
		errors.sort(Comparator.comparingInt(RowError::row));
		return Optional
			.of(new ImportJob(id, text(hash, "kind"), text(hash, "fileName"), Status.valueOf(text(hash, "status")),
					number(hash, "total"), number(hash, "done"), number(hash, "published"), number(hash, "unchanged"),
					number(hash, "invalid"), number(hash, "failed"), instant(hash, "createdAt"),
					instant(hash, "finishedAt"), (String) hash.get("failure"), List.copyOf(errors)));
	}

	private static String text(Map<Object, Object> hash, String field) {
		Object value = hash.get(field);
		return (value != null) ? value.toString() : "";
	}

	private static int number(Map<Object, Object> hash, String field) {
		Object value = hash.get(field);
		return (value != null) ? Integer.parseInt(value.toString()) : 0;
	}

	private static @Nullable Instant instant(Map<Object, Object> hash, String field) {
		Object value = hash.get(field);
		return (value != null) ? Instant.parse(value.toString()) : null;
	}

	/** A job's counts at one moment. */
	record Counts(int done, int published, int unchanged, int invalid, int failed) {
	}

}
