package io.duijie.notification.mail;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Adds a TEXT-mode resolver for {@code *.txt} templates to the engine Spring Boot builds
 * (Boot collects every {@code ITemplateResolver} bean). It is asked first and only
 * answers for names ending in {@code .txt}; everything else goes to Boot's HTML resolver.
 */
@Configuration(proxyBeanMethods = false)
class MailTemplateConfiguration {

	@Bean
	SpringResourceTemplateResolver textTemplateResolver() {
		SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
		resolver.setPrefix("classpath:/templates/");
		resolver.setSuffix("");
		resolver.setResolvablePatterns(Set.of("*.txt"));
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setOrder(Ordered.HIGHEST_PRECEDENCE);
		resolver.setCheckExistence(true);
		return resolver;
	}

}
