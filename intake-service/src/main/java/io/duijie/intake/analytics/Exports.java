package io.duijie.intake.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.duijie.contracts.ChainLink.ChainPosition;
import io.duijie.contracts.LeadStage;
import io.duijie.contracts.MeetingOutcomeRecorded.Intent;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The figures as CSV (UTF-8 with a byte order mark so that Excel reads the Chinese, CRLF,
 * RFC 4180 quoting) and as .xlsx (one sheet per table, numbers as numbers, bilingual
 * headers).
 */
final class Exports {

	static final List<String> GROUP_HEADERS = List.of("leads", "signed", "lost", "contractedCny", "arrivedCny");

	static final List<String> FAIR_HEADERS = List.of("fairId", "fairName", "date", "scheduleVersion", "requested",
			"scheduled", "checkedIn", "held", "noShows", "intentHigh", "intentMedium", "intentLow", "intentNone",
			"leads", "leadsAdvanced", "leadsSigned", "contractedCny", "arrivedCny", "heldRate",
			"advancedPerMeetingHeld");

	static final List<String> CHAIN_HEADERS = List.of("clusterId", "clusterName", "parkName", "links", "filledLinks",
			"missingLinks", "missingWithCandidates", "candidateEnterprises", "candidateLeads");

	static final List<String> LINK_HEADERS = List.of("clusterId", "clusterName", "parkName", "position", "link",
			"residents", "missing", "enterpriseId", "enterpriseName", "score", "leadId", "stage", "owner");

	private static final Map<String, String> CHINESE = Map.ofEntries(Map.entry("clusterId", "产业集群"),
			Map.entry("clusterName", "产业集群名称"), Map.entry("parkName", "园区"), Map.entry("links", "环节数"),
			Map.entry("filledLinks", "已有企业环节"), Map.entry("missingLinks", "缺链环节"),
			Map.entry("missingWithCandidates", "有候选的缺链环节"), Map.entry("candidateEnterprises", "候选企业"),
			Map.entry("candidateLeads", "候选线索"), Map.entry("position", "位置"), Map.entry("link", "环节"),
			Map.entry("residents", "在园企业"), Map.entry("missing", "缺链"), Map.entry("enterpriseId", "企业"),
			Map.entry("enterpriseName", "企业名称"), Map.entry("score", "匹配度"), Map.entry("leadId", "线索"),
			Map.entry("owner", "负责人"), Map.entry("leads", "线索数"), Map.entry("signed", "签约数"), Map.entry("lost", "流失数"),
			Map.entry("contractedCny", "签约额（元）"), Map.entry("arrivedCny", "到资（元）"), Map.entry("key", "分组"),
			Map.entry("label", "名称"), Map.entry("stage", "阶段"), Map.entry("from", "从"), Map.entry("to", "到"),
			Map.entry("reachedFrom", "到达前一阶段"), Map.entry("reachedTo", "到达后一阶段"), Map.entry("rate", "转化率"),
			Map.entry("reached", "曾到达"), Map.entry("fairId", "对接会"), Map.entry("fairName", "对接会名称"),
			Map.entry("date", "日期"), Map.entry("scheduleVersion", "日程版本"), Map.entry("requested", "洽谈申请"),
			Map.entry("scheduled", "已排洽谈"), Map.entry("checkedIn", "已签到"), Map.entry("held", "已举行"),
			Map.entry("noShows", "未到场"), Map.entry("intentHigh", "意向强"), Map.entry("intentMedium", "意向中"),
			Map.entry("intentLow", "意向弱"), Map.entry("intentNone", "无意向"), Map.entry("leadsAdvanced", "推进线索"),
			Map.entry("leadsSigned", "签约线索"), Map.entry("heldRate", "举行率"),
			Map.entry("advancedPerMeetingHeld", "每场推进线索"));

	private Exports() {
	}

	static String zh(LeadStage stage) {
		return switch (stage) {
			case LEAD -> "线索";
			case CONTACTED -> "接洽";
			case NEGOTIATING -> "在谈";
			case SIGNED -> "签约";
			case STARTED -> "开工";
			case PRODUCING -> "投产";
			case LOST -> "流失";
		};
	}

	/** {@code dimension,key,label,measure,value}: one figure a line, for pivot tables. */
	static List<List<@Nullable Object>> summaryRows(LeadFigures.Summary summary) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		rows.add(List.of("dimension", "key", "label", "measure", "value"));
		List<@Nullable Object> totals = List.of(summary.leads(), summary.signed(), summary.lost(),
				summary.contractedCny(), summary.arrivedCny());
		for (int i = 0; i < GROUP_HEADERS.size(); i++) {
			rows.add(row("total", null, null, GROUP_HEADERS.get(i), totals.get(i)));
		}
		summary.byStage().forEach((stage, n) -> rows.add(row("stage", stage.name(), zh(stage), "leads", n)));
		summary.reached().forEach((stage, n) -> rows.add(row("reached", stage.name(), zh(stage), "leads", n)));
		for (LeadFigures.Conversion c : summary.conversion()) {
			String key = c.from().name() + ">" + c.to().name();
			String label = zh(c.from()) + "→" + zh(c.to());
			rows.add(row("conversion", key, label, "reachedFrom", c.reachedFrom()));
			rows.add(row("conversion", key, label, "reachedTo", c.reachedTo()));
			rows.add(row("conversion", key, label, "rate", c.rate()));
		}
		groupRows(rows, "cluster", summary.byCluster());
		groupRows(rows, "city", summary.byCity());
		groupRows(rows, "owner", summary.byOwner());
		groupRows(rows, "source", summary.bySource());
		groupRows(rows, "fair", summary.byFair());
		return rows;
	}

	private static void groupRows(List<List<@Nullable Object>> rows, String dimension, List<LeadFigures.Group> groups) {
		for (LeadFigures.Group g : groups) {
			List<Object> values = List.of(g.leads(), g.signed(), g.lost(), g.contractedCny(), g.arrivedCny());
			for (int i = 0; i < GROUP_HEADERS.size(); i++) {
				rows.add(row(dimension, g.key(), g.label(), GROUP_HEADERS.get(i), values.get(i)));
			}
		}
	}

	static List<List<@Nullable Object>> fairRows(List<FairFunnels.Funnel> funnels) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		rows.add(new ArrayList<>(FAIR_HEADERS));
		for (FairFunnels.Funnel f : funnels) {
			rows.add(row(f.fairId(), f.fairName(), f.date(), f.scheduleVersion(), f.requested(), f.scheduled(),
					f.checkedIn(), f.held(), f.noShows(), f.outcomes().get(Intent.HIGH),
					f.outcomes().get(Intent.MEDIUM), f.outcomes().get(Intent.LOW), f.outcomes().get(Intent.NONE),
					f.leads(), f.leadsAdvanced(), f.leadsSigned(), f.contractedCny(), f.arrivedCny(), f.heldRate(),
					f.advancedPerMeetingHeld()));
		}
		return rows;
	}

	static String zh(ChainPosition position) {
		return switch (position) {
			case UPSTREAM -> "上游";
			case MIDSTREAM -> "中游";
			case DOWNSTREAM -> "下游";
		};
	}

	/**
	 * One line per link, per enterprise proposed for a missing link and per lead of it: a
	 * filled link, or a missing one nobody was proposed for, is one line with the
	 * candidate columns empty.
	 */
	static List<List<@Nullable Object>> chainRows(List<ChainViews.ChainView> chains) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		rows.add(new ArrayList<>(LINK_HEADERS));
		for (ChainViews.ChainView chain : chains) {
			for (ChainViews.LinkView link : chain.chain()) {
				List<@Nullable Object> head = row(chain.clusterId(), chain.clusterName(), chain.parkName(),
						zh(link.position()) + " " + link.position().name(), link.name(),
						String.join("、", link.residents()), link.missing());
				if (link.candidates().isEmpty()) {
					rows.add(concat(head, row(null, null, null, null, null, null)));
				}
				for (ChainViews.CandidateView c : link.candidates()) {
					List<@Nullable Object> who = concat(head, row(c.enterpriseId(), c.enterpriseName(), c.score()));
					if (c.leads().isEmpty()) {
						rows.add(concat(who, row(null, null, null)));
					}
					for (ChainViews.LeadRef lead : c.leads()) {
						rows.add(concat(who,
								row(lead.leadId(), zh(lead.stage()) + " " + lead.stage().name(), lead.owner())));
					}
				}
			}
		}
		return rows;
	}

	static byte[] chainWorkbook(List<ChainViews.ChainView> chains) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = bold(workbook);
			List<List<@Nullable Object>> clusters = new ArrayList<>();
			for (ChainViews.ChainView c : chains) {
				clusters.add(row(c.clusterId(), c.clusterName(), c.parkName(), c.links(), c.filledLinks(),
						c.missingLinks(), c.missingWithCandidates(), c.candidateEnterprises(), c.candidateLeads()));
			}
			sheet(workbook, "产业链 Chains", bold, CHAIN_HEADERS, clusters);
			List<List<@Nullable Object>> links = chainRows(chains);
			sheet(workbook, "环节 Links", bold, LINK_HEADERS, links.subList(1, links.size()));
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<@Nullable Object> concat(List<@Nullable Object> first, List<@Nullable Object> second) {
		List<@Nullable Object> row = new ArrayList<>(first);
		row.addAll(second);
		return row;
	}

	private static List<@Nullable Object> row(@Nullable Object... values) {
		List<@Nullable Object> row = new ArrayList<>();
		for (Object value : values) {
			row.add(value);
		}
		return row;
	}

	static byte[] csv(List<List<@Nullable Object>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		for (List<@Nullable Object> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(field(row.get(i)));
			}
			out.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String field(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString();
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	static byte[] summaryWorkbook(LeadFigures.Summary summary) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = bold(workbook);
			sheet(workbook, "总览 Summary", bold, List.of("leads", "signed", "lost", "contractedCny", "arrivedCny"),
					List.of(row(summary.leads(), summary.signed(), summary.lost(), summary.contractedCny(),
							summary.arrivedCny())));
			List<List<@Nullable Object>> stages = new ArrayList<>();
			for (LeadStage stage : LeadStage.values()) {
				stages.add(row(stage.name(), zh(stage), summary.byStage().get(stage), summary.reached().get(stage)));
			}
			sheet(workbook, "阶段 Stages", bold, List.of("stage", "label", "leads", "reached"), stages);
			List<List<@Nullable Object>> conversion = new ArrayList<>();
			for (LeadFigures.Conversion c : summary.conversion()) {
				conversion.add(row(c.from().name(), c.to().name(), c.reachedFrom(), c.reachedTo(), c.rate()));
			}
			sheet(workbook, "转化 Conversion", bold, List.of("from", "to", "reachedFrom", "reachedTo", "rate"),
					conversion);
			groupSheet(workbook, "产业 Clusters", bold, summary.byCluster());
			groupSheet(workbook, "城市 Cities", bold, summary.byCity());
			groupSheet(workbook, "人员 Staff", bold, summary.byOwner());
			groupSheet(workbook, "来源 Sources", bold, summary.bySource());
			groupSheet(workbook, "对接会 Fairs", bold, summary.byFair());
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] fairWorkbook(List<FairFunnels.Funnel> funnels) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			List<List<@Nullable Object>> rows = fairRows(funnels);
			sheet(workbook, "对接会漏斗 Fair funnels", bold(workbook), FAIR_HEADERS, rows.subList(1, rows.size()));
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void groupSheet(XSSFWorkbook workbook, String name, CellStyle bold, List<LeadFigures.Group> groups) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (LeadFigures.Group g : groups) {
			rows.add(row(g.key(), g.label(), g.leads(), g.signed(), g.lost(), g.contractedCny(), g.arrivedCny()));
		}
		List<String> headers = new ArrayList<>(List.of("key", "label"));
		headers.addAll(GROUP_HEADERS);
		sheet(workbook, name, bold, headers, rows);
	}

	/** A header row in Chinese and English, then the rows. */
	private static void sheet(XSSFWorkbook workbook, String name, CellStyle bold, List<String> headers,
			List<List<@Nullable Object>> rows) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(CHINESE.getOrDefault(headers.get(i), headers.get(i)) + " " + headers.get(i));
			cell.setCellStyle(bold);
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<@Nullable Object> values = rows.get(r);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				Cell cell = row.createCell(c);
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value != null) {
					cell.setCellValue(value.toString());
				}
			}
		}
		for (int i = 0; i < headers.size(); i++) {
			sheet.setColumnWidth(i, 20 * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	private static CellStyle bold(XSSFWorkbook workbook) {
		Font font = workbook.createFont();
		font.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
