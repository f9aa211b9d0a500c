package io.duijie.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.duijie.contracts.Topics;
import io.duijie.testsupport.TestInfrastructure;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;

/**
 * What the integration tests share besides the broker and Redis of test-support: one
 * GreenMail SMTP server for the whole test JVM (on a loopback port picked free once, so
 * that cached Spring contexts keep pointing at it), the topics that other services would
 * declare, and a way to start a new consumer group at the end of a topic.
 */
final class TestInfra {

	private static volatile GreenMail greenMail;

	private TestInfra() {
	}

	static synchronized GreenMail smtp() {
		if (greenMail == null) {
			GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
			greenMail = server;
		}
		return greenMail;
	}

	static int smtpPort() {
		return smtp().getSmtp().getPort();
	}

	/** Mails received for an address, optionally only those from a sender. */
	static List<MimeMessage> mailsTo(String address, String from) {
		return Arrays.stream(smtp().getReceivedMessages()).filter((m) -> has(m, address, from)).toList();
	}

	private static boolean has(MimeMessage message, String to, String from) {
		try {
			Address[] recipients = message.getAllRecipients();
			Address[] senders = message.getFrom();
			return recipients != null && senders != null
					&& Arrays.stream(recipients).anyMatch((a) -> a.toString().equalsIgnoreCase(to))
					&& Arrays.stream(senders).anyMatch((a) -> a.toString().equalsIgnoreCase(from));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The text/plain part of a mail. */
	static String content(MimeMessage message) {
		return part(message, "text/plain").orElseThrow(() -> new AssertionError("no text/plain part"));
	}

	/** The text/html part of a mail. */
	static String html(MimeMessage message) {
		return part(message, "text/html").orElseThrow(() -> new AssertionError("no text/html part"));
	}

	/** The text/calendar attachment of a mail, if any. */
	static java.util.Optional<String> calendar(MimeMessage message) {
		return part(message, "text/calendar");
	}

	/** The content type of the mail's root, e.g. multipart/alternative. */
	static String contentType(MimeMessage message) {
		try {
			return message.getContentType();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String header(MimeMessage message, String name) {
		try {
			String[] values = message.getHeader(name);
			return (values != null) ? values[0] : "";
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static java.util.Optional<String> part(jakarta.mail.Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				Object content = part.getContent();
				if (content instanceof String text) {
					return java.util.Optional.of(text);
				}
				return java.util.Optional.of(new String(((java.io.InputStream) content).readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8));
			}
			if (part.isMimeType("multipart/*")) {
				jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					java.util.Optional<String> found = part(multipart.getBodyPart(i), type);
					if (found.isPresent()) {
						return found;
					}
				}
			}
			return java.util.Optional.empty();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Declares {@code matches} and {@code enterprise-profiles} as their writers would, if
	 * missing.
	 */
	static synchronized void consumedTopics() {
		try (Admin admin = admin()) {
			Set<String> existing = admin.listTopics().names().get();
			NewTopic matches = new NewTopic(Topics.MATCHES, 6, (short) 1);
			NewTopic acceptances = new NewTopic(Topics.MATCH_ACCEPTANCES, 6, (short) 1);
			NewTopic meetings = new NewTopic(Topics.FAIR_MEETINGS, 6, (short) 1);
			NewTopic profiles = new NewTopic(Topics.ENTERPRISE_PROFILES, 6, (short) 1)
				.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
			List<NewTopic> missing = List.of(matches, profiles, acceptances, meetings)
				.stream()
				.filter((t) -> !existing.contains(t.name()))
				.toList();
			if (!missing.isEmpty()) {
				admin.createTopics(missing).all().get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * Commits the end offsets of a topic for a new consumer group, so that the group
	 * reads only what comes next.
	 */
	static void startGroupAtEnd(String groupId, String topic) {
		try (Admin admin = admin()) {
			int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			for (int p = 0; p < partitions; p++) {
				latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
			}
			Map<TopicPartition, OffsetAndMetadata> offsets = admin.listOffsets(latest)
				.all()
				.get()
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, (e) -> new OffsetAndMetadata(e.getValue().offset())));
			admin.alterConsumerGroupOffsets(groupId, offsets).all().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Admin admin() {
		return Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
					AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(30).toMillis()));
	}

}
