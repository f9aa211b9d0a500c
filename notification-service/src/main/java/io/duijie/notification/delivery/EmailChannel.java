package io.duijie.notification.delivery;

import java.nio.charset.StandardCharsets;

import io.duijie.contracts.Channel;
import io.duijie.notification.system.Masking;
import io.duijie.notification.system.NotificationProperties;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** EMAIL: a bilingual plain-text mail over SMTP, Chinese first. */
@Component
class EmailChannel implements ChannelSender {

	private final JavaMailSender mailSender;

	private final NotificationProperties properties;

	EmailChannel(JavaMailSender mailSender, NotificationProperties properties) {
		this.mailSender = mailSender;
		this.properties = properties;
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
		String to = delivery.recipient().email();
		if (to == null) {
			throw new PermanentDeliveryException("no e-mail address");
		}
		MimeMessage message = this.mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.mailFrom());
		helper.setTo(to);
		helper.setSubject(delivery.texts().emailSubject());
		helper.setText(delivery.texts().emailBody(), false);
		message.setHeader(MessageIds.HEADER, delivery.notificationId());
		// the same on every attempt; JavaMailSenderImpl keeps a Message-ID set before
		// sending
		message.setHeader("Message-ID", MessageIds.of(delivery.notificationId(), this.properties.mailFrom()));
		this.mailSender.send(message);
		return "sent to " + Masking.email(to);
	}

}
