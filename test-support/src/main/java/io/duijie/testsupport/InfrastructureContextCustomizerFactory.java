package io.duijie.testsupport;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context of a module that depends on test-support at the
 * {@link TestInfrastructure}: a property source of highest precedence with
 * {@code spring.kafka.bootstrap-servers} and {@code spring.data.redis.url}. Registered in
 * {@code META-INF/spring.factories}.
 */
class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new InfrastructureContextCustomizer();
	}

	private static final class InfrastructureContextCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = Map.copyOf(TestInfrastructure.get().springProperties());
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("duijieTestInfrastructure", properties));
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof InfrastructureContextCustomizer;
		}

		@Override
		public int hashCode() {
			return InfrastructureContextCustomizer.class.hashCode();
		}

	}

}
