package io.duijie.intake.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.duijie.intake.imports.Columns.Layout;
import io.duijie.intake.imports.Headers.Bound;
import io.duijie.intake.imports.Headers.Mapping;
import io.duijie.intake.imports.ImportJob.RowError;
import io.duijie.intake.imports.ImportJob.Status;
import io.duijie.intake.imports.ImportJobStore.Counts;
import io.duijie.intake.imports.ImportableKind.Prepared;
import io.duijie.intake.imports.Table.Row;
import io.duijie.intake.profiles.BrokerUnavailableException;
import io.duijie.intake.profiles.FieldViolation;
import io.duijie.intake.profiles.InvalidProfileException;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileStore;
import io.duijie.intake.profiles.ProfileView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;

/**
 * Starts and runs import jobs. An upload is read and its header row found at once (so
 * that a file that cannot be imported is answered 4xx); its rows then run as a job on a
 * bounded executor. Each row is read into the API's request, validated (messages in
 * English, and for a bad row again in Chinese), compared with the current profile and, if
 * new or changed, submitted through the kind's intake on a pool of publishing threads: up
 * to {@code concurrency} rows wait for their broker acks at once. A row is published (one
 * event, acknowledged) or reported; never anything in between.
 */
@Service
class Imports implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(Imports.class);

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final long FLUSH_MILLIS = 250;

	private final Map<ProfileKind, ImportableKind> kinds = new HashMap<>();

	private final ImportJobStore jobs;

	private final ProfileStore profiles;

	private final JsonMapper json;

	private final MessageSource messages;

	private final ImportProperties properties;

	private final ThreadPoolExecutor runner;

	private final ExecutorService publishers;

	Imports(List<ImportableKind> kinds, ImportJobStore jobs, ProfileStore profiles, JsonMapper json,
			MessageSource messages, ImportProperties properties) {
		kinds.forEach((kind) -> this.kinds.put(kind.kind(), kind));
		this.jobs = jobs;
		this.profiles = profiles;
		this.json = json;
		this.messages = messages;
		this.properties = properties;
		this.runner = new ThreadPoolExecutor(
				properties.jobThreads(), properties.jobThreads(), 0, TimeUnit.SECONDS, (properties.queuedJobs() > 0)
						? new ArrayBlockingQueue<>(properties.queuedJobs()) : new SynchronousQueue<>(),
				new CustomizableThreadFactory("import-"));
		this.publishers = new ThreadPoolExecutor(properties.concurrency(), properties.concurrency(), 0,
				TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new CustomizableThreadFactory("import-publish-"));
	}

	/**
	 * Starts a job for a file, or returns the job of the same file (same kind and
	 * charset) if it finished or still runs.
	 * @throws ImportRejectedException if the file cannot be imported, or too many jobs
	 * wait
	 */
	ImportJob start(ProfileKind kind, String fileName, byte[] bytes, @Nullable Charset charset) {
		String id = id(kind, charset, bytes);
		if (this.jobs.settled(id)) {
			return job(id);
		}
		Layout layout = Columns.of(kind);
		Table table = SpreadsheetReader.read(bytes, fileName, charset, this.properties.maxRows());
		Mapping mapping = Headers.find(table, layout);
		if (mapping.columns().isEmpty()) {
			throw ImportRejectedException
				.noHeader(String.join(", ", layout.required().stream().map(Columns.Column::header).toList()));
		}
		List<ImportRejectedException.MissingColumn> missing = layout.required()
			.stream()
			.filter((column) -> mapping.of(column.field()) == null)
			.map((column) -> new ImportRejectedException.MissingColumn(column.field(), column.header()))
			.toList();
		if (!missing.isEmpty()) {
			throw ImportRejectedException.missingColumns(missing);
		}
		List<Row> rows = table.rows().subList(mapping.headerRow() + 1, table.rows().size());
		if (rows.size() > this.properties.maxRows()) {
			throw ImportRejectedException.tooManyRows(this.properties.maxRows());
		}
		if (this.jobs.claim(id, kind.tag(), fileName, rows.size())) {
			try {
				this.runner.execute(() -> run(id, this.kinds.get(kind), layout, mapping, List.copyOf(rows)));
			}
			catch (RejectedExecutionException ex) {
				this.jobs.delete(id);
				throw ImportRejectedException.busy();
			}
		}
		return job(id);
	}

	ImportJob job(String id) {
		return this.jobs.find(id).orElseThrow(() -> ImportRejectedException.notFound(id));
	}

	Optional<ImportJob> find(String id) {
		return this.jobs.find(id);
	}

	/** 32 hex digits of SHA-256(kind, charset, file). */
	static String id(ProfileKind kind, @Nullable Charset charset, byte[] bytes) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((kind.tag() + "\n" + ((charset != null) ? charset.name() : "auto") + "\n")
				.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(bytes), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void run(String id, ImportableKind kind, Layout layout, Mapping mapping, List<Row> rows) {
		Job job = new Job(id);
		try {
			job.flush(Status.RUNNING, null, null);
			Map<String, Integer> firstRows = new HashMap<>();
			Semaphore inFlight = new Semaphore(this.properties.concurrency());
			for (Row row : rows) {
				Object request = handle(job, kind, layout, mapping, row, firstRows);
				if (request instanceof Submission submission) {
					inFlight.acquire();
					try {
						this.publishers.execute(() -> {
							try {
								publish(job, kind, mapping, submission);
							}
							finally {
								inFlight.release();
							}
						});
					}
					catch (RejectedExecutionException ex) {
						inFlight.release();
						throw ex;
					}
				}
				job.flushIfDue();
			}
			inFlight.acquire(this.properties.concurrency());
			job.flush(Status.DONE, Instant.now(), null);
			logger.info("Import {} of {} {} rows: {} published, {} unchanged, {} invalid, {} failed", id, rows.size(),
					kind.kind().tag(), job.publishedCount, job.unchangedCount, job.invalidCount, job.failedCount);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail(job, ex);
		}
		catch (RuntimeException ex) {
			fail(job, ex);
		}
	}

	private void fail(Job job, Exception ex) {
		logger.error("Import {} failed", job.id, ex);
		try {
			job.flush(Status.FAILED, Instant.now(), ex.getClass().getSimpleName());
		}
		catch (RuntimeException again) {
			logger.warn("Could not record the failure of import {}: {}", job.id, again.getMessage());
		}
	}

	/**
	 * Reads and validates a row: a {@link Submission} if it is to be published, else null
	 * (reported).
	 */
	private @Nullable Object handle(Job job, ImportableKind kind, Layout layout, Mapping mapping, Row row,
			Map<String, Integer> firstRows) {
		RowReader.Read read = RowReader.read(row, mapping);
		Object request;
		try {
			request = this.json.treeToValue(read.json(), kind.requestType());
		}
		catch (JacksonException ex) {
			job.report(row, List.of(error(row, mapping, "", RowReader.INVALID_VALUE)));
			return null;
		}
		List<RowError> errors = new ArrayList<>();
		for (String field : read.invalid()) {
			errors.add(error(row, mapping, field, RowReader.INVALID_VALUE));
		}
		Prepared prepared = null;
		try {
			prepared = inLocale(Locale.ENGLISH, () -> kind.prepare(request));
		}
		catch (InvalidProfileException english) {
			List<FieldViolation> chinese = chinese(kind, request);
			for (FieldViolation violation : english.violations()) {
				if (!read.invalid().contains(violation.field())) {
					errors.add(error(row, mapping, violation, chinese));
				}
			}
		}
		if (prepared != null && errors.isEmpty()) {
			Integer first = firstRows.putIfAbsent(prepared.id(), row.number());
			if (first != null) {
				errors.add(error(row, mapping, layout.keyField(), "import.duplicateRow", first));
			}
		}
		if (!errors.isEmpty() || prepared == null) {
			job.report(row, errors);
			return null;
		}
		return new Submission(row, request, prepared);
	}

	private List<FieldViolation> chinese(ImportableKind kind, Object request) {
		try {
			inLocale(ZH, () -> kind.prepare(request));
			return List.of();
		}
		catch (InvalidProfileException ex) {
			return ex.violations();
		}
	}

	private void publish(Job job, ImportableKind kind, Mapping mapping, Submission submission) {
		try {
			@SuppressWarnings("unchecked")
			Optional<? extends ProfileView<?>> current = this.profiles.find(kind.kind(), submission.prepared().id(),
					(Class<Object>) kind.profileType());
			if (current.isPresent() && current.get().profile().equals(submission.prepared().profile())) {
				job.unchanged();
			}
			else {
				kind.submit(submission.request());
				job.published();
			}
		}
		catch (BrokerUnavailableException | DataAccessException ex) {
			job.failed(submission.row(), error(submission.row(), mapping, "", "import.publishFailed"));
		}
		catch (RuntimeException ex) {
			logger.error("Import {} row {} failed", job.id, submission.row().number(), ex);
			job.failed(submission.row(), error(submission.row(), mapping, "", "import.publishFailed"));
		}
	}

	private RowError error(Row row, Mapping mapping, FieldViolation english, List<FieldViolation> chinese) {
		String zh = chinese.stream()
			.filter((v) -> v.field().equals(english.field()) && v.code().equals(english.code()))
			.map(FieldViolation::message)
			.findFirst()
			.orElse(english.message());
		Bound bound = mapping.forField(english.field());
		return new RowError(row.number(), (bound != null) ? bound.header() : null, english.field(), english.code(),
				messages(english.message(), zh));
	}

	private RowError error(Row row, Mapping mapping, String field, String code, Object... args) {
		Bound bound = field.isEmpty() ? null : mapping.forField(field);
		return new RowError(row.number(), (bound != null) ? bound.header() : null, field, code,
				messages(this.messages.getMessage(code, args, code, Locale.ENGLISH),
						this.messages.getMessage(code, args, code, ZH)));
	}

	private static Map<String, String> messages(String english, String chinese) {
		return Map.of("zh-CN", chinese, "en", english);
	}

	private static <T> T inLocale(Locale locale, Supplier<T> action) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return action.get();
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.runner.shutdownNow();
		this.publishers.shutdown();
		if (!this.publishers.awaitTermination(10, TimeUnit.SECONDS)) {
			this.publishers.shutdownNow();
		}
	}

	/** A valid row to publish. */
	private record Submission(Row row, Object request, Prepared prepared) {
	}

	/** A running job's counts and unwritten errors. */
	private final class Job {

		private final String id;

		private final AtomicInteger done = new AtomicInteger();

		private final AtomicInteger publishedCount = new AtomicInteger();

		private final AtomicInteger unchangedCount = new AtomicInteger();

		private final AtomicInteger invalidCount = new AtomicInteger();

		private final AtomicInteger failedCount = new AtomicInteger();

		private final ConcurrentLinkedQueue<RowError> pending = new ConcurrentLinkedQueue<>();

		private long lastFlush = System.nanoTime();

		Job(String id) {
			this.id = id;
		}

		void report(Row row, List<RowError> errors) {
			this.pending.addAll(errors);
			this.invalidCount.incrementAndGet();
			this.done.incrementAndGet();
		}

		void published() {
			this.publishedCount.incrementAndGet();
			this.done.incrementAndGet();
		}

		void unchanged() {
			this.unchangedCount.incrementAndGet();
			this.done.incrementAndGet();
		}

		void failed(Row row, RowError error) {
			this.pending.add(error);
			this.failedCount.incrementAndGet();
			this.done.incrementAndGet();
		}

		void flushIfDue() {
			if (System.nanoTime() - this.lastFlush > TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS)) {
				flush(Status.RUNNING, null, null);
			}
		}

		void flush(Status status, @Nullable Instant finishedAt, @Nullable String failure) {
			List<RowError> errors = new ArrayList<>();
			for (RowError error = this.pending.poll(); error != null; error = this.pending.poll()) {
				errors.add(error);
			}
			Counts counts = new Counts(this.done.get(), this.publishedCount.get(), this.unchangedCount.get(),
					this.invalidCount.get(), this.failedCount.get());
			Imports.this.jobs.update(this.id, status, counts, errors, finishedAt, failure);
			this.lastFlush = System.nanoTime();
		}

	}

}
