package io.duijie.contracts;

/** How a person is notified. */
public enum Channel {

	INBOX, EMAIL, WEBHOOK

}
