package io.duijie.intake.system;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/**
 * The OpenAPI description at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String PROBLEM = "ProblemDetail";

	@Bean
	OpenAPI intakeOpenApi() {
		return new OpenAPI().info(new Info().title("Duijie intake-service")
			.version("v1")
			.description("Submit, read and withdraw enterprise, investor and counterpart profiles. A submission is "
					+ "answered 202 only after the broker acknowledged its event; errors are RFC 9457 problem "
					+ "details, in English or Chinese by Accept-Language."));
	}

	/**
	 * Every 4xx and 5xx response the controllers document is an RFC 9457 problem
	 * ({@code application/problem+json}, {@link ProblemDetail}): said once here rather
	 * than on each {@code @ApiResponse} (without it, springdoc documents an error with
	 * the operation's own return type).
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			ModelConverters.getInstance(true)
				.readAll(new AnnotatedType(ProblemDetail.class))
				.forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
			Content problem = new Content().addMediaType(
					org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.forEach((operation) -> operation.getResponses().forEach((code, response) -> {
						if (code.startsWith("4") || code.startsWith("5")) {
							response.setContent(problem);
						}
					})));
		};
	}

}
