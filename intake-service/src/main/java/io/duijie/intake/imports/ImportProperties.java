package io.duijie.intake.imports;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk import settings, under {@code duijie.intake.imports}.
 *
 * @param maxFileSize larger files are answered 413 (keep
 * {@code spring.servlet.multipart.max-file-size} at least this)
 * @param maxRows files with more data rows are answered 413
 * @param concurrency rows of one job in flight at once (each waits for its broker ack)
 * @param jobThreads jobs run at once
 * @param queuedJobs jobs waiting for a thread; one more is answered 503
 * @param jobTtl how long a job's state stays in Redis after its last update
 * @param staleAfter a QUEUED or RUNNING job not updated for this long (its process
 * stopped) is started afresh when its file is uploaded again
 */
@Validated
@ConfigurationProperties("duijie.intake.imports")
record ImportProperties(@NotNull @DefaultValue("10MB") DataSize maxFileSize, @Min(1) @DefaultValue("20000") int maxRows,
		@Min(1) @DefaultValue("64") int concurrency, @Min(1) @DefaultValue("2") int jobThreads,
		@Min(0) @DefaultValue("8") int queuedJobs, @NotNull @DefaultValue("7d") Duration jobTtl,
		@NotNull @DefaultValue("10m") Duration staleAfter) {
}
