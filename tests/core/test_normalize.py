import pytest

from bot.core.models import Lexicon
from bot.core.normalize import Normalizer, clean


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("雲南職工驛站數量是多少？", "云南职工驿站数量是多少"),  # traditional, full-width ?
        ("ＡＢＣ１２３，全角", "abc123全角"),
        ("135.7万人。", "135.7万人"),
        ("1+10帮扶体系", "1+10帮扶体系"),
        ("一百三十五点七万是什么", "135.7万是什么"),
        ("\x00\x01控制\x7f字符", "控制字符"),
        ("How many 职工驿站?", "how many职工驿站"),
        ("  职工  驿站 ", "职工驿站"),
        ("1,357,000人", "1357000人"),
        ("村（居）民委员会成员", "村民委员会成员"),  # one character in brackets: another reading
        ("16个州（市）中", "16个州市中"),  # an administrative level stays: 州市
        ("县（市、区）", "县市区"),
        ("", ""),
    ],
)
def test_clean(text: str, expected: str) -> None:
    assert clean(text) == expected


def test_synonyms_become_canonical_longest_first() -> None:
    norm = Normalizer(Lexicon(synonyms={"劳动模范": "劳模", "高级技工": "高技能人才", "技工": "技能人才"}))
    assert norm.normalize("全国勞動模範有几个") == "全国劳模有几个"
    assert norm.normalize("高级技工和技工") == "高技能人才和技能人才"


def test_content_drops_fillers() -> None:
    norm = Normalizer(Lexicon(fillers=("请问", "多少", "吗", "的")))
    assert norm.content("请问，职工驿站的数量是多少吗？") == "职工驿站数量是"


def test_latin_words_match_only_whole() -> None:
    norm = Normalizer(Lexicon(synonyms={"patents": "专利", "pay": "支付"}, fillers=("in", "is", "the")))
    # A space stays between Latin words only.
    assert norm.content("invention patents in the list").split() == ["invention专利", "list"]
    assert norm.normalize("payment pay") == "payment支付"
    assert norm.content("this is 职工驿站") == "this 职工驿站"


def test_a_ratio_of_something_is_its_rate_but_a_share_of_a_whole_stays() -> None:
    norm = Normalizer(Lexicon())
    assert norm.normalize("上幼儿园的比例是多少") == norm.normalize("上幼儿园率是多少")
    assert norm.normalize("成员中女性比例达到29.3%") == "成员中女性率达到29.3"
    assert norm.normalize("国家级运动员占省级运动员的比例") == "国家级运动员占省级运动员的比例"  # the deriver's share
