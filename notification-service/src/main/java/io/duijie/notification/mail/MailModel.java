package io.duijie.notification.mail;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one e-mail says, already in the recipient's language; the templates lay it out as
 * HTML and as plain text.
 *
 * @param locale {@code zh-CN} or {@code en}: picks the template
 * @param subject the subject line
 * @param greeting e.g. 陈志强，您好： or Dear 陈志强,
 * @param headline the title of the notification
 * @param lead the first paragraph
 * @param facts label and value pairs (score, time, venue, …)
 * @param reasons bullet points (match reasons), may be empty
 * @param items the notifications of a digest, may be empty
 * @param unsubscribeUrl the signed link that turns e-mail off, or {@code null}
 */
public record MailModel(String locale, String subject, String greeting, String headline, String lead, List<Fact> facts,
		List<String> reasons, List<Item> items, @Nullable String unsubscribeUrl) {

	/** One labelled value. */
	public record Fact(String label, String value) {
	}

	/** One notification in a digest. */
	public record Item(String title, String body) {
	}

	public MailModel withUnsubscribeUrl(@Nullable String url) {
		return new MailModel(this.locale, this.subject, this.greeting, this.headline, this.lead, this.facts,
				this.reasons, this.items, url);
	}

	public boolean english() {
		return "en".equals(this.locale);
	}

}
