package io.duijie.intake.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI intakeOpenApi() {
		return new OpenAPI().info(new Info().title("Duijie intake-service")
			.version("v1")
			.description("Submit, read and withdraw enterprise, investor and counterpart profiles. A submission is "
					+ "answered 202 only after the broker acknowledged its event; errors are RFC 9457 problem "
					+ "details, in English or Chinese by Accept-Language."));
	}

}
