package io.duijie.matching.fairs.exports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable agenda. */
class AgendaPageTests {

	@Test
	void listsTheMeetingsInTimeOrderInChinese() {
		SheetIndex index = SampleSheets.index(true);
		String html = AgendaPage.html(index, index.participant("e-huaxin").orElseThrow(), Lang.ZH);
		assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">");
		assertThat(html).contains("<h1>华信精密制造有限公司的对接日程</h1>", "2025年6月20日", "第 3 版（已发布）", "共 2 场对接");
		assertThat(html).containsSubsequence(
				"<tr><td class=\"time\">09:00–09:20</td><td>上午场</td><td>A-01</td><td>清远高新区管委会 <small>(政府部门)</small></td><td>厂房需求 5000㎡</td></tr>",
				"<tr><td class=\"time\">14:00–14:20</td><td>下午场</td><td>A-02</td><td>粤港澳创投基金 <small>(投资机构)</small></td><td></td></tr>");
		assertThat(html).contains("@page", "@media screen").doesNotContain("class=\"watermark\"");
	}

	@Test
	void escapesNamesAndTopics() {
		SheetIndex index = SampleSheets.index(true);
		String html = AgendaPage.html(index, index.participant("e-evil").orElseThrow(), Lang.EN);
		assertThat(html).doesNotContain("<script>").doesNotContain("<b>");
		assertThat(html).contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;智造 — agenda</h1>",
				"<title>&lt;script&gt;", "A 轮融资 &amp; &lt;b&gt;估值&lt;/b&gt;");
	}

	@Test
	void marksADraftAndSpeaksEnglish() {
		SheetIndex index = SampleSheets.index(false);
		String html = AgendaPage.html(index, index.participant("h-qy").orElseThrow(), Lang.EN);
		assertThat(html).contains("<html lang=\"en\">", "<div class=\"watermark\" aria-hidden=\"true\">DRAFT</div>",
				"version 3 (draft, not published)", "20 June 2025", "2 meeting(s)", "Time (Asia/Shanghai)",
				"华信精密制造有限公司 <small>(Enterprise)</small>");
		assertThat(AgendaPage.html(index, index.participant("h-qy").orElseThrow(), Lang.ZH))
			.contains("<div class=\"watermark\" aria-hidden=\"true\">草稿</div>");
	}

	@Test
	void saysSoWhenNothingIsScheduled() {
		SheetIndex index = SampleSheets.index(true);
		assertThat(AgendaPage.html(index, index.participant("e-idle").orElseThrow(), Lang.ZH)).contains("本版日程中暂无安排的对接。")
			.doesNotContain("<table>");
	}

}
