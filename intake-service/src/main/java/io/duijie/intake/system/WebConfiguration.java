package io.duijie.intake.system;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The HTTP side: strict JSON for request bodies, the body size limit, English or
 * Simplified Chinese by {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebConfiguration implements WebMvcConfigurer {

	private final JsonMapper jsonMapper;

	WebConfiguration(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Request bodies are read strictly: an unknown property (a typo such as
	 * {@code creditcode}) is an error, not silently dropped; so is anything after the
	 * JSON value. Only the HTTP converter is strict: the application's
	 * {@link JsonMapper}, which reads events and Redis, keeps ignoring unknown properties
	 * (additive evolution).
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		JsonMapper strict = this.jsonMapper.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
	}

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(IntakeProperties properties) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(properties.maxBodySize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	/**
	 * The first language of {@code Accept-Language} (by quality) that intake-service
	 * speaks: any Chinese ({@code zh}, {@code zh-CN}, {@code zh-HK}...) gets Simplified
	 * Chinese, English gets English; without the header, or with only other languages,
	 * English.
	 */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new ChineseOrEnglishLocaleResolver();
	}

	static final class ChineseOrEnglishLocaleResolver extends AcceptHeaderLocaleResolver {

		ChineseOrEnglishLocaleResolver() {
			setDefaultLocale(Locale.ENGLISH);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
				return Locale.ENGLISH;
			}
			for (Locale locale : Collections.list(request.getLocales())) {
				if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
					return Locale.SIMPLIFIED_CHINESE;
				}
				if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
					return Locale.ENGLISH;
				}
			}
			return Locale.ENGLISH;
		}

	}

}
