package io.duijie.notification.mail;

import java.net.URI;
import java.util.Locale;

import io.duijie.contracts.Channel;
import io.duijie.notification.preferences.Preferences;
import io.duijie.notification.preferences.PreferencesStore;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The unsubscribe link of every e-mail. {@code GET} shows a confirmation page (mail
 * scanners follow links, so a GET changes nothing); its button {@code POST}s to the same
 * URL, which takes EMAIL off the recipient's channels. The {@code List-Unsubscribe}
 * header points here too, and RFC 8058 one-click clients POST
 * {@code List-Unsubscribe=One-Click} directly. Pages are in the recipient's language.
 */
@Controller
class UnsubscribeController {

	private final UnsubscribeTokens tokens;

	private final PreferencesStore preferences;

	private final MessageSource messages;

	UnsubscribeController(UnsubscribeTokens tokens, PreferencesStore preferences, MessageSource messages) {
		this.tokens = tokens;
		this.preferences = preferences;
		this.messages = messages;
	}

	@GetMapping("/api/recipients/{recipientId}/unsubscribe")
	String confirm(@PathVariable String recipientId, @RequestParam String token, Model model) {
		check(recipientId, token);
		Preferences current = this.preferences.get(recipientId);
		model.addAttribute("english", current.english());
		model.addAttribute("action", this.tokens.url(recipientId));
		model.addAttribute("emailOn", current.channels().contains(Channel.EMAIL));
		return "unsubscribe/confirm";
	}

	@PostMapping("/api/recipients/{recipientId}/unsubscribe")
	String unsubscribe(@PathVariable String recipientId, @RequestParam String token, Model model) {
		check(recipientId, token);
		Preferences changed = this.preferences.remove(recipientId, Channel.EMAIL);
		model.addAttribute("english", changed.english());
		return "unsubscribe/done";
	}

	@ExceptionHandler
	@ResponseBody
	@ResponseStatus(HttpStatus.FORBIDDEN)
	ProblemDetail invalid(InvalidTokenException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				this.messages.getMessage("unsubscribe.invalid", null, "Invalid link", locale));
		problem.setType(URI.create("https://duijie.io/problems/invalid-unsubscribe-token"));
		return problem;
	}

	private void check(String recipientId, String token) {
		if (!this.tokens.valid(recipientId, token)) {
			throw new InvalidTokenException();
		}
	}

	/** The token does not belong to the recipient. */
	static class InvalidTokenException extends RuntimeException {

		InvalidTokenException() {
			super("Invalid unsubscribe token");
		}

	}

}
