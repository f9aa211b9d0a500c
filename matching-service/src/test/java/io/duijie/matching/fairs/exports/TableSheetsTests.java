package io.duijie.matching.fairs.exports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The table sheets. */
class TableSheetsTests {

	@Test
	void oneTableHasEverySlotWithItsMeetingOrFree() {
		SheetIndex index = SampleSheets.index(true);
		String html = TableSheets.html(index, index.table("t-a02").orElseThrow(), Lang.ZH);
		assertThat(html).contains("<h1>桌号 A-02</h1>").containsOnlyOnce("<section class=\"sheet\"");
		assertThat(html).containsSubsequence(
				"<tr><td>1 上午场</td><td class=\"time\">09:00–09:20</td><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;智造 <small>(企业)</small><br>对 粤港澳创投基金 <small>(投资机构)</small></td><td>A 轮融资 &amp; &lt;b&gt;估值&lt;/b&gt;</td><td>☐ 已到 ☐ 缺席</td></tr>",
				"<tr class=\"free\"><td>2 上午场</td><td class=\"time\">09:20–09:40</td><td>（空闲）</td>",
				"<tr><td>3 下午场</td><td class=\"time\">14:00–14:20</td><td>华信精密制造有限公司 <small>(企业)</small><br>对 粤港澳创投基金");
		assertThat(html).doesNotContain("<script>").doesNotContain("清远高新区管委会");
	}

	@Test
	void aTableWithLanguagesSaysSo() {
		SheetIndex index = SampleSheets.index(true);
		assertThat(TableSheets.html(index, index.table("t-a01").orElseThrow(), Lang.EN)).contains(
				"<h1>Table A-01 <small>(also in: en)</small></h1>", "Check-in", "☐ held ☐ no-show", "<td>(free)</td>");
	}

	@Test
	void allTablesOnOnePageEachOnItsOwnPrintedPage() {
		SheetIndex index = SampleSheets.index(false);
		String html = TableSheets.html(index, Lang.ZH);
		assertThat(html).containsSubsequence("<section class=\"sheet\" id=\"table-t-a01\">", "清远高新区管委会", "</section>",
				"<section class=\"sheet\" id=\"table-t-a02\">", "粤港澳创投基金", "</section>");
		assertThat(html).contains("section.sheet + section.sheet { break-before: page; page-break-before: always; }",
				"<div class=\"watermark\" aria-hidden=\"true\">草稿</div>");
		assertThat(html).doesNotContain("<script>");
	}

}
