package io.duijie.notification.inbox;

/** A text in Chinese and English. */
public record LocalizedText(String zh, String en) {
}
