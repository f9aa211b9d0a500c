package io.duijie.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.duijie.contracts.Channel;
import io.duijie.contracts.Meeting;
import io.duijie.notification.mail.CalendarInvites;
import io.duijie.notification.mail.MailModel;
import io.duijie.notification.mail.MailTemplates;
import io.duijie.notification.mail.UnsubscribeTokens;
import io.duijie.notification.system.Masking;
import io.duijie.notification.system.NotificationProperties;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * EMAIL: one {@code multipart/alternative} mail (plain text, then HTML) in the
 * recipient's language, rendered by {@link MailTemplates}. Meeting mails are
 * {@code multipart/mixed} with an {@code invite.ics} ({@link CalendarInvites}) beside the
 * text. Every mail has the signed unsubscribe link in its footer and in
 * {@code List-Unsubscribe} (with RFC 8058 one-click {@code List-Unsubscribe-Post}).
 */
@Component
class EmailChannel implements ChannelSender {

	private final JavaMailSender mailSender;

	private final NotificationProperties properties;

	private final MailTemplates templates;

	private final UnsubscribeTokens unsubscribe;

	private final Clock clock;

	EmailChannel(JavaMailSender mailSender, NotificationProperties properties, MailTemplates templates,
			UnsubscribeTokens unsubscribe, Clock clock) {
		this.mailSender = mailSender;
		this.properties = properties;
		this.templates = templates;
		this.unsubscribe = unsubscribe;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public boolean reachable(Recipient recipient) {
		return recipient.email() != null;
	}

	@Override
	public @Nullable String send(Delivery delivery) throws Exception {
		Recipient recipient = delivery.recipient();
		String to = address(recipient);
		boolean english = recipient.preferences().english();
		Message message = delivery.message();
		if (message.isDigest()) {
			return sendDigest(recipient, delivery.notificationId(), message.items(), message.digestDay());
		}
		MailModel model = NotificationTexts.mail(message, recipient.greetingName(), english);
		byte[] ics = null;
		Meeting meeting = message.meeting();
		if (meeting != null) {
			ics = CalendarInvites.ics(meeting, message.isCancellation(), this.properties.mailFrom(), to,
					english ? message.title().en() : message.title().zh(),
					english ? message.body().en() : message.body().zh(), this.clock.instant());
		}
		send(to, recipient.id(), delivery.notificationId(), model, ics, message.isCancellation());
		return "sent to " + Masking.email(to);
	}

	/** One digest e-mail gathering held-back notifications. */
	private String sendDigest(Recipient recipient, String digestId, List<Message> messages, LocalDate day)
			throws Exception {
		String to = address(recipient);
		MailModel model = NotificationTexts.digest(messages, recipient.greetingName(),
				recipient.preferences().english(), day);
		send(to, recipient.id(), digestId, model, null, false);
		return "digest sent to " + Masking.email(to);
	}

	private void send(String to, String recipientId, String notificationId, MailModel content, byte @Nullable [] ics,
			boolean cancel) throws MessagingException {
		String unsubscribeUrl = this.unsubscribe.url(recipientId);
		MailTemplates.Rendered rendered = this.templates.render(content.withUnsubscribeUrl(unsubscribeUrl));
		MimeMessage message = this.mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.mailFrom());
		helper.setTo(to);
		helper.setSubject(rendered.subject());

		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(rendered.text(), StandardCharsets.UTF_8.name(), "plain");
		alternative.addBodyPart(text);
		MimeBodyPart html = new MimeBodyPart();
		html.setText(rendered.html(), StandardCharsets.UTF_8.name(), "html");
		alternative.addBodyPart(html);
		if (ics == null) {
			message.setContent(alternative);
		}
		else {
			MimeMultipart mixed = new MimeMultipart("mixed");
			MimeBodyPart body = new MimeBodyPart();
			body.setContent(alternative);
			mixed.addBodyPart(body);
			MimeBodyPart invite = new MimeBodyPart();
			invite.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, CalendarInvites.contentType(cancel))));
			invite.setFileName(cancel ? "cancel.ics" : "invite.ics");
			invite.setDisposition(Part.ATTACHMENT);
			mixed.addBodyPart(invite);
			message.setContent(mixed);
		}
		message.setHeader(MessageIds.HEADER, notificationId);
		// the same on every attempt; JavaMailSenderImpl keeps a Message-ID set before
		// sending
		message.setHeader("Message-ID", MessageIds.of(notificationId, this.properties.mailFrom()));
		message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		this.mailSender.send(message);
	}

	private static String address(Recipient recipient) {
		String to = recipient.email();
		if (to == null) {
			// permanent: retrying does not give the recipient an address
			throw new PermanentDeliveryException("no e-mail address");
		}
		return to;
	}

}
