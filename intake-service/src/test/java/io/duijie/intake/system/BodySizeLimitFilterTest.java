package io.duijie.intake.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BodySizeLimitFilterTest {

	private final BodySizeLimitFilter filter = new BodySizeLimitFilter(1024);

	@Test
	void refusesADeclaredLengthOverTheLimitBeforeReading() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/enterprises");
		request.setContent(new byte[1025]);
		assertThatExceptionOfType(PayloadTooLargeException.class).isThrownBy(() -> this.filter.doFilter(request,
				new MockHttpServletResponse(), (req, res) -> req.getInputStream().read()));
	}

	@Test
	void refusesAChunkedBodyOnceItPassesTheLimit() {
		MockHttpServletRequest request = new ChunkedRequest(new byte[1025]);
		assertThatExceptionOfType(PayloadTooLargeException.class).isThrownBy(() -> this.filter.doFilter(request,
				new MockHttpServletResponse(), (req, res) -> req.getInputStream().readAllBytes()));
	}

	@Test
	void passesBodiesUpToTheLimit() throws Exception {
		byte[][] read = new byte[2][];
		this.filter.doFilter(new ChunkedRequest(new byte[1024]), new MockHttpServletResponse(),
				(req, res) -> read[0] = req.getInputStream().readAllBytes());
		MockHttpServletRequest declared = new MockHttpServletRequest("POST", "/api/enterprises");
		declared.setContent("{}".getBytes());
		this.filter.doFilter(declared, new MockHttpServletResponse(),
				(req, res) -> read[1] = req.getReader().readLine().getBytes());
		assertThat(read[0]).hasSize(1024);
		assertThat(read[1]).containsExactly('{', '}');
	}

	/** A body without Content-Length, as Transfer-Encoding: chunked sends it. */
	private static final class ChunkedRequest extends MockHttpServletRequest {

		ChunkedRequest(byte[] content) {
			super("POST", "/api/enterprises");
			setContent(content);
		}

		@Override
		public int getContentLength() {
			return -1;
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

	}

}
