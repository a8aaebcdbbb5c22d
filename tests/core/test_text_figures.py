"""Figures as articles write them, found in a sentence with their value and measure word."""

from __future__ import annotations

from decimal import Decimal

from bot.core.text_figures import find_figures, value_of


def texts(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.unit) for f in find_figures(sentence)]


def test_digits_with_magnitudes_approximations_and_measure_words() -> None:
    found = {f.text: f for f in find_figures("累计投入资金12.6亿元,帮扶1000多万人次,建成驿站2131个,占比达到62.4%。")}
    assert set(found) == {"12.6亿元", "1000多万人次", "2131个", "62.4%"}
    assert found["12.6亿元"].value == Decimal("1260000000")
    assert found["1000多万人次"].unit == "人次"
    assert value_of(found["62.4%"]) == 62.4


def test_years_dates_and_a_named_formula() -> None:
    found = {f.text: f for f in find_figures("9月27日,2017年启动的“1+10”帮扶体系运行良好。")}
    assert found["9月27日"].unit == "日期"
    assert found["2017年"].year
    assert found["1+10"].unit == "体系"


def test_chinese_numeral_counts_but_not_ordinals_names_or_grades() -> None:
    sentence = "连续举办两届大赛,构建四级联动体系,第二届获奖者上万名,二级及以上公路占比高,九年义务教育。"
    texts = [f.text for f in find_figures(sentence)]
    assert texts == ["两届", "四级联动", "上万名"]


def test_numerals_running_on_inside_a_quoted_name_are_no_figure() -> None:
    sentence = "12部作品获得“五个一工程”奖，实施“七项行动”。"
    assert [f.text for f in find_figures(sentence)] == ["12部", "七项行动"]  # (项行动, as 四级联动)


def test_a_rate_per_so_many_a_grade_and_the_units_of_health_and_transport() -> None:
    found = {f.text: f.unit for f in find_figures(
        "孕产妇死亡率下降到12.32/10万,其中三级医院32家,接种疫苗1.1亿剂次,救治32.6万例,选派3批次。")}
    assert found == {"12.32/10万": "/10万", "32家": "家", "1.1亿剂次": "剂次", "32.6万例": "例", "3批次": "批次"}
    assert texts("接待来信来访8.2万件次") == [("8.2万件次", "件次")]  # letters and visits, counted each time


def test_areas_ranks_decades_and_congresses() -> None:
    assert texts("红线面积11.84万平方公里,治理水土流失3.5万平方千米") == [("11.84万平方公里", "平方公里"),
                                                                      ("3.5万平方千米", "平方千米")]
    assert texts("森林蓄积量居全国第二位,经济总量排第18位") == [("第二位", "位"), ("第18位", "位")]
    assert texts("由上世纪80年代的193头增加到300头") == [("193头", "头"), ("300头", "头")]  # a decade is no figure
    assert texts("党的十八大以来,九大高原湖泊") == [("九大高原湖泊", "大")]  # 十八大 names a congress


def test_a_grade_or_name_with_a_letter_is_no_figure_and_foreign_money_keeps_its_currency() -> None:
    assert texts("其中5A级景区9个、4A级景区93个,建成5G基站7.4万个") == [("9个", "个"), ("93个", "个"),
                                                                    ("7.4万个", "个")]
    assert texts("接待36批718人次") == [("36批", "批"), ("718人次", "人次")]
    assert texts("旅游外汇收入51.5亿美元") == [("51.5亿美元", "美元")]


def test_a_year_with_its_month_is_one_date() -> None:
    found = [(f.text, f.year) for f in find_figures("滇中引水工程于2017年8月开工建设，8月8日通水")]
    assert ("2017年8月", True) in found
    assert ("8月8日", False) in found
    assert all(text != "8月" for text, _ in found)


def test_working_days_are_a_duration() -> None:
    [days] = find_figures("开办企业时间压缩至1个工作日以内")
    assert (days.text, days.unit) == ("1个工作日", "工作日")
    [hours] = find_figures("投诉处理平均时长缩短至14个小时")
    assert (hours.text, hours.unit) == ("14个小时", "小时")  # not 14 of something called 小时


def test_medals_and_trillions() -> None:
    figures = find_figures("获得8金5银10铜,共获得金牌45枚,累计外送电量超过1.4万亿千瓦时,保持两位数增长")
    assert [(f.text, f.unit) for f in figures] == [("8金", "金"), ("5银", "银"), ("10铜", "铜"), ("45枚", "枚"),
                                                   ("1.4万亿千瓦时", "千瓦时")]
    assert figures[-1].value == Decimal("1.4") * 10 ** 12


def test_a_score_in_points_and_minutes_are_two_units() -> None:
    found = {f.text: f.unit for f in find_figures("满意度达到92.6分,预警提前量达到42分钟,提高4.1个百分点。")}
    assert found == {"92.6分": "分", "42分钟": "分钟", "4.1个百分点": "个百分点"}


def test_pages_and_volumes_are_units() -> None:
    found = {f.text: f.unit for f in find_figures("修复破损档案28万页,馆藏档案达到1650万卷(件)。")}
    assert found == {"28万页": "页", "1650万卷": "卷"}


def test_a_bandwidth_in_latin_letters_is_a_figure_and_a_code_is_no_piece_of_one() -> None:
    assert texts("全省互联网出省带宽达到28T,比2012年增长约60倍") == [("28T", "T"), ("2012年", "年"), ("60倍", "倍")]
    assert texts("开展统防统治面积累计达1250万亩次") == [("1250万亩次", "亩次")]
    assert texts("建成28G骨干网") == []  # a name with a letter, and no 2 cut from it


def test_a_rate_per_hundred_people_keeps_its_measure_word() -> None:
    assert texts("移动电话普及率达到106.8部/百人。") == [("106.8部/百人", "部/百人")]
    assert texts("孕产妇死亡率12.32/10万") == [("12.32/10万", "/10万")]


def test_a_number_that_names_a_service_is_no_figure() -> None:
    assert texts("全省12315平台累计受理投诉举报126万件") == [("126万件", "件")]
    assert texts("开通12345政务服务热线") == []
    assert texts("建成服务平台120个") == [("120个", "个")]  # a count before the word is one
    # A hotline's name may say what it serves.
    assert texts("12348公共法律服务热线累计接听群众来电186万人次") == [("186万人次", "人次")]
    assert texts("开通法律服务热线12条") == [("12条", "条")]
