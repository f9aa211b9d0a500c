package io.duijie.notification.inbox;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live inbox updates over Server-Sent Events. Every new entry is published on the Redis
 * channel {@code duijie:notification:inbox-events}; every instance subscribes and passes
 * it to the streams its clients hold open, so a client connected to any instance sees
 * entries delivered by any other. Delivery is best effort: a client that was disconnected
 * reloads the first page (the stream is a hint, the store is the truth).
 */
@Component
public class InboxStreams implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(InboxStreams.class);

	static final String CHANNEL = "duijie:notification:inbox-events";

	/** What travels on the Redis channel. */
	record Added(String recipientId, InboxItem item) {
	}

	private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();

	private final JsonMapper mapper;

	InboxStreams(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/** Opens a stream; its first event, {@code ready}, carries the unread count. */
	SseEmitter open(String recipientId, long timeoutMillis, long unread) {
		SseEmitter emitter = new SseEmitter(timeoutMillis);
		List<SseEmitter> list = this.streams.computeIfAbsent(recipientId, (id) -> new CopyOnWriteArrayList<>());
		list.add(emitter);
		Runnable remove = () -> list.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError((ex) -> remove.run());
		try {
			emitter.send(SseEmitter.event().name("ready").data(Map.of("unread", unread), MediaType.APPLICATION_JSON));
		}
		catch (IOException ex) {
			remove.run();
		}
		return emitter;
	}

	/** A message from the Redis channel. */
	void onMessage(String json) {
		Added added = this.mapper.readValue(json, Added.class);
		List<SseEmitter> open = this.streams.get(added.recipientId());
		if (open == null) {
			return;
		}
		for (SseEmitter emitter : open) {
			try {
				emitter.send(SseEmitter.event()
					.name("notification")
					.id(added.item().notificationId())
					.data(added.item(), MediaType.APPLICATION_JSON));
			}
			catch (IOException | IllegalStateException ex) {
				open.remove(emitter);
			}
		}
	}

	/** A comment every 20 s keeps proxies from closing idle streams. */
	@Scheduled(fixedDelay = 20_000)
	void heartbeat() {
		this.streams.values().forEach((open) -> open.forEach((emitter) -> {
			try {
				emitter.send(SseEmitter.event().comment("keep-alive"));
			}
			catch (IOException | IllegalStateException ex) {
				open.remove(emitter);
			}
		}));
	}

	private volatile boolean running;

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Closes every open stream first, before the web server's graceful shutdown, which
	 * would otherwise wait for these never-ending responses; clients reconnect to another
	 * instance.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.streams.values().forEach((open) -> open.forEach(SseEmitter::complete));
		this.streams.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	@Configuration(proxyBeanMethods = false)
	static class Subscription {

		@Bean
		RedisMessageListenerContainer inboxEventsListener(RedisConnectionFactory connections, InboxStreams streams) {
			RedisMessageListenerContainer container = new RedisMessageListenerContainer();
			container.setConnectionFactory(connections);
			container.addMessageListener((message, pattern) -> {
				try {
					streams.onMessage(new String(message.getBody(), java.nio.charset.StandardCharsets.UTF_8));
				}
				catch (RuntimeException ex) {
					logger.warn("Unreadable inbox event", ex);
				}
			}, new ChannelTopic(CHANNEL));
			return container;
		}

	}

}
