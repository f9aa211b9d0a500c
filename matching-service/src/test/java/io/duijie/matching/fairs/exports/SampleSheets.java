package io.duijie.matching.fairs.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import io.duijie.matching.fairs.exports.FairSheet.Meeting;
import io.duijie.matching.fairs.exports.FairSheet.Participant;
import io.duijie.matching.fairs.exports.FairSheet.Slot;
import io.duijie.matching.fairs.exports.FairSheet.Table;

/**
 * A small hand-made fair: three slots (two in the morning, one in the afternoon), two
 * tables, four participants (one with a name that tries to inject a script), four
 * meetings; table A-02 is free in slot 2, table A-01 in slot 3.
 */
final class SampleSheets {

	static final String FAIR = "fair-qy-2025";

	static final String NAME = "2025 清远高新区（佛山）产业对接会";

	static final String VENUE = "佛山潭州国际会展中心 3 号馆";

	static final String SCRIPT = "<script>alert('x')</script>智造";

	private SampleSheets() {
	}

	static FairSheet sheet(int version, boolean published) {
		return new FairSheet(FAIR, NAME, VENUE, LocalDate.of(2025, 6, 20), ZoneId.of("Asia/Shanghai"), version,
				published,
				List.of(new Slot(1, "上午场", Instant.parse("2025-06-20T01:00:00Z"),
						Instant.parse("2025-06-20T01:20:00Z")),
						new Slot(2, "上午场", Instant.parse("2025-06-20T01:20:00Z"),
								Instant.parse("2025-06-20T01:40:00Z")),
						new Slot(3, "下午场", Instant.parse("2025-06-20T06:00:00Z"),
								Instant.parse("2025-06-20T06:20:00Z"))),
				List.of(new Table("t-a01", "A-01", Set.of("en")), new Table("t-a02", "A-02", Set.of())),
				List.of(new Participant("e-huaxin", "ENTERPRISE", "华信精密制造有限公司", "liu@huaxin.example"),
						new Participant("h-qy", "HOST", "清远高新区管委会", null),
						new Participant("e-evil", "ENTERPRISE", SCRIPT, null),
						new Participant("i-gba", "INVESTOR", "粤港澳创投基金", null),
						new Participant("e-idle", "ENTERPRISE", "未排会企业", null)),
				List.of(new Meeting("m-3", 1, 1, "t-a02", List.of("e-evil", "i-gba"), "A 轮融资 & <b>估值</b>", false),
						new Meeting("m-1", 0, 1, "t-a01", List.of("e-huaxin", "h-qy"), "厂房需求 5000㎡", true),
						new Meeting("m-4", 0, 3, "t-a02", List.of("e-huaxin", "i-gba"), null, false),
						new Meeting("m-2", 2, 2, "t-a01", List.of("e-evil", "h-qy"), null, false)));
	}

	static SheetIndex index(boolean published) {
		return new SheetIndex(sheet(3, published));
	}

}
