package io.duijie.notification.mail;

import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a {@link MailModel} with the Thymeleaf engine that Spring Boot configures:
 * {@code templates/mail/<locale>/notification.html} (HTML mode) and
 * {@code templates/mail/<locale>/notification.txt} (TEXT mode, see
 * {@link MailTemplateConfiguration}). Thymeleaf escapes every value in the HTML, so names
 * from profiles cannot inject markup.
 */
@Component
public class MailTemplates {

	private final ITemplateEngine engine;

	MailTemplates(ITemplateEngine engine) {
		this.engine = engine;
	}

	/** Subject, plain text and HTML of one e-mail. */
	public record Rendered(String subject, String text, String html) {
	}

	public Rendered render(MailModel model) {
		String folder = "mail/" + (model.english() ? "en" : "zh-CN") + "/notification";
		Context context = new Context();
		context.setVariables(Map.of("mail", model));
		String html = this.engine.process(folder, context);
		String text = this.engine.process(folder + ".txt", context);
		return new Rendered(model.subject(), text, html);
	}

}
