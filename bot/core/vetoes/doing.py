"""The figure counts those something was done for, or those who did something, where the
question asks about them all (or the other way round).
"""

from __future__ import annotations

import re

from bot.core.figure_context import clause_around, mentions
from bot.core.question import NEGATION, Analysis
from bot.core.readings import Readings, char_pairs, said_apart
from bot.core.units import UNIT_FAMILY
from bot.core.words import tagged

# Those who did something, asked: 留在云南工作的有多少 (a verb phrase, then 的有多少).
# 留在云南工作的有多少, 服务期满离开云南的志愿者有多少: those who did something, then what they are
# (who, said like the sentence's part, are another part of the whole).
_THOSE_ASKED = re.compile(r"([\u4e00-\u9fff]{2,8})的([\u4e00-\u9fff]{2,8}?)?(?:有|共有|一共有)(?:多少|几)")
# 水质达到或优于Ⅲ类的湖泊有 (before the figure): those of a thing that are so.
_THOSE_WHICH = re.compile(r"([^，,；;。的]{2,30})的([\u4e00-\u9fff]{2,4})(?:有|达到|达|为|共有|共)$")
_SCOPE_OPENING = re.compile(r"^(?:全省|全市|全州|全县|全国|我省|本省|本市)")
# 依法登记认定的, 登记注册的: the way every one of a kind is counted, which names no part of it.
_ALL_REGISTERED = re.compile(r"(?:依法)?(?:登记|注册|认定|备案|核准|登记注册|登记认定)+(?:在册)?")
_EXISTS = re.compile(r"有多少|有几|是多少")
# Verbs of those who received something (领补贴的老人, normalised without its 的).
_RECEIVED = re.compile(r"领|享受|享有|获得|得到|拿到|受益|用上|吃上|住上")
# 大型水库中有几座已经建成: those of a whole that did something, said after the count asked.
_SOME_OF_ASKED = re.compile(r"(?:中|里|里面|当中|之中)(?:有|共有)?(?:多少|几)[个座家所项名人处条位件户辆套台种]?"
                            r"(?:是|已经|已|都|还)*([\u4e00-\u9fff]{2,8}?)[呢啊吗呀了]*$")

# 注销了多少户企业, 关闭了几家: things ended.
_ENDED = re.compile(r"注销|吊销|撤销|关闭|关停|倒闭|破产|停业|歇业|取缔|拆除|报废|退出")


def _asks_how_many_there_are(text: str) -> bool:
    """全省有多少退役军人, 少数民族人口有多少: how many there are, with no verb of what they did
    (有多少老年人享受到了高龄津贴, 领高龄津贴的有多少人 ask about those who received something)."""
    found = _EXISTS.search(text)
    if found is None:
        return False
    # (领高龄津贴的有多少人, 领补贴的老人有多少: those who did something or received it.)
    before = text[:found.start()]
    did = re.search(r"([\u4e00-\u9fff]{2,8})的[\u4e00-\u9fff]{0,6}$", before)
    if (did and any(tag.startswith("v") for _, tag in tagged(did.group(1)))) or _RECEIVED.search(before):
        return False
    return not any(tag.startswith("v") for _, tag in tagged(text[found.end():]))


class DoingVetoes(Readings):
    """Vetoes on doing: the figure counts those something was done for or to, or those who did
    something, and the question asks about all there are (or about others who did something else)."""

    def _veto_acted_on_unasked(self, i: int, analysis: Analysis) -> str:
        # 帮助11.2万名退役军人实现就业创业, asked 全省有多少退役军人: the figure counts the people
        # something was done for, not all there are; a question that names no such doing asks
        # how many there are.
        acted = self._acted_on[i]
        people = UNIT_FAMILY.get(self.kb.facts[i].unit) == "people"
        if (acted and people and analysis.asked in ("人", "名", "位", "多少")
                and _asks_how_many_there_are(analysis.text) and not any(ch in analysis.text for ch in acted)):
            return f"the figure counts people {acted} was done for; the question asks how many there are"
        return ""

    def _veto_whole_for_those_who(self, i: int, analysis: Analysis) -> str:
        # “西部计划”志愿者累计派遣1.6万名，其中服务期满后留滇就业的达7200多人, asked 留在云南工作的有
        # 多少: those who did something (…的有多少) are a part; a whole the sentence breaks into
        # parts (其中…) answers only if its own clause says what they did.
        those = _THOSE_ASKED.search(analysis.text)
        fact = self.kb.facts[i]
        after = fact.sentence[self._positions[i] + len(fact.figure):]
        if those is None or not re.match(r"[，,；;]?其中", after) or self._parts[i]:
            return ""  # (its parts right after it: 1.6万名，其中…7200多人)
        clause = self._clauses[i]
        if those.group(2) and self._says_none_of(those.group(1), self.normalizer.normalize(after)):
            return ""  # (农村出来打工的劳动力: words that tell what they are, not one of the sentence's parts)
        # (What they did ends the words before 的: 留在云南工作 of 志愿者留在云南工作.)
        if self._says_none_of(those.group(1)[-4:], clause):
            return f"the question asks about those who {those.group(1)}; the figure is of them all"
        return ""

    def _veto_ended_unsaid(self, i: int, analysis: Analysis) -> str:
        # 全省注销了多少户企业, of 其中企业98万户: the question asks how many things were ended, and
        # the figure's sentence speaks of no ending (关闭, 退出, …): it counts those there are.
        ended = _ENDED.search(analysis.text)
        if ended and not _ENDED.search(self._sentences[i]):
            return f"the question asks about things {ended.group()}; the sentence ends none"
        return ""

    def _veto_some_of_unsaid(self, i: int, analysis: Analysis) -> str:
        # 新开工建设大型水库6座, asked 大型水库中有几座已经建成: those of them that did what the
        # question says are a part; a figure whose clause says nothing of it counts them all.
        some = _SOME_OF_ASKED.search(analysis.text)
        if some is None:
            return ""
        if self._says_none_of(some.group(1), self._clauses[i]):
            return f"the question asks how many of them {some.group(1)}; the figure counts them all"
        return ""

    def _veto_those_which_unasked(self, i: int, analysis: Analysis) -> str:
        # 九湖中水质达到或优于Ⅲ类的湖泊有5个, asked 全省有多少个湖泊: the figure counts those of
        # the thing that are as its words before 的 say; a question that says nothing of them asks
        # about them all.
        those = _THOSE_WHICH.search(clause_around(self.kb.facts[i])[0])
        if those is None:
            return ""
        which, noun = those.groups()
        which = _SCOPE_OPENING.sub("", which)  # (全市水质达到…: the scope is said of every figure)
        if _ALL_REGISTERED.fullmatch(which):
            return ""  # (依法登记认定的慈善组织: how all of them are counted, no part of them)
        if noun in analysis.text and self._says_none_of(which, analysis.text):
            return f"the figure counts the {noun} that are {which}; the question does not ask so"
        return ""

    def _says_none_of(self, words: str, clause: str) -> bool:
        """`clause` holds no run of two characters of `words` (the runs of a place or level aside,
        which say nothing of what was done), and `words` has such runs."""
        said = [b for b in char_pairs(words) if not self._holds_scope(b)]
        return bool(said) and not any(b in clause for b in said)

    def _veto_done_to_unasked(self, i: int, analysis: Analysis) -> str:
        # 完成156处全国重点文物保护单位的保护修缮, asked 全国重点文物保护单位有多少处: the figure counts
        # those restored, not all there are.
        done = self._done_to[i]
        return f"the figure counts those that had {done} done; the question does not ask so" \
            if done and not any(ch in analysis.text for ch in done) else ""

    def _veto_did_unasked(self, i: int, analysis: Analysis) -> str:
        # 3200多个基层工会建立女职工休息哺乳室, asked 基层工会有多少个: the figure counts only those
        # that built one; a question that says nothing of it asks about them all.
        # (Or by the deed's last words, when they say what was done and not the thing counted:
        # 扎根云南 of 服务期满扎根云南, not 模范城县 of 连续六届获评全国双拥模范城县.)
        did = self._did[i]
        last = did[-4:] if len(did) > 4 else ""
        told = bool(last) and last in analysis.text and not any(last in c for c in analysis.counted)
        return f"the figure counts those that {did}; the question does not ask so" \
            if did and not (self._part_asked(did, analysis, "") or mentions(analysis.text, did) or told) else ""

    def _veto_doing_elsewhere(self, i: int, analysis: Analysis) -> str:
        # 扶持创业62万人，带动就业165万人, asked 帮助了多少人创业: what the people asked did is
        # said next to another figure of the sentence, and not next to this one.
        doing = analysis.doing
        if not doing or doing in self._clauses[i] or not said_apart(self._others_clauses(i), doing):
            return ""
        return f"the question counts people who {doing}, which another figure of the sentence counts"

    def _veto_one_of_what_it_went_to(self, i: int, analysis: Analysis) -> str:
        # 公益金累计投入养老服务项目42亿元，…；投入儿童福利和残疾人事业资金16亿元, asked 公益金累计
        # 投入多少: the question asks all that was put in; the sentence tells what went to each of
        # several things, and this figure is one of them.
        counted = self._counted[i]
        for words in (*analysis.counted, *((analysis.done,) if analysis.done else ())):  # (一共投入了多少: done)
            last, tag = tagged(words)[-1]
            if tag != "v" or len(last) != 2:
                continue  # (茶园面积: what is measured, no deed)
            verb = last
            at = counted.find(verb)
            thing = counted[at + 2:] if at >= 0 else ""
            if len(words) < 2 or len(thing) < 2 or any(thing[k:k + 2] in analysis.text for k in range(len(thing) - 1)) \
                    or not all(t[0] == "n" or t in ("vn", "j", "l", "c") for _, t in tagged(thing)):
                continue  # (处理率达到: how well it was done, no thing it went to)
            others = [self._counted[j] for j in self._same_sentence[self.kb.facts[i].sentence] if j != i]
            if any(verb in c and len(c[c.find(verb) + 2:]) >= 2 and thing not in c for c in others):
                return f"the question asks all that was {verb}; this figure is what went to {thing}, one of several"
        return ""

    def _veto_other_deed_on_it(self, i: int, analysis: Analysis) -> str:
        # 共制定地方性法规86件，修改法规152件次，废止法规31件, asked 制定了多少件法规: figures of
        # one sentence for deeds on one thing; the question's deed is said of another, and this
        # clause says a deed of its own before the thing.
        # (Not when another deed of the question is this clause's: 审计追回了多少…资金, of 审计…
        # 资金3200亿元，追回违规发放资金4.3亿元.)
        clause = self._clauses[i]
        words = tagged(analysis.text)
        if any(tag == "v" and len(verb) == 2 and verb in clause for verb, tag in words):
            return ""
        for k, (verb, tag) in enumerate(words):
            if tag != "v" or len(verb) != 2:
                continue
            others = [c for c in self._others_clauses(i).split("\n") if verb in c]
            for thing, thing_tag in words[k + 1:]:
                if len(thing) < 2 or not thing_tag.startswith("n"):
                    continue
                at = clause.find(thing[-2:])
                if at <= 0:
                    continue  # (地方性 of 地方性法规: the thing is what ends the words)
                # (The clause's verb before the thing: 批准州市和民族自治地方法规 of 批准.)
                own = next((w for w, t in reversed(tagged(clause[:at])) if t == "v" and len(w) == 2), "")
                if own and any(thing[-2:] in c[c.find(verb):] for c in others):
                    return f"the question asks what was {verb}; this figure is of what was {own}"
                break
        return ""

    def _veto_negated_kind(self, i: int, analysis: Analysis) -> str:
        # 全省脊椎动物2273种, asked 无脊椎动物有多少种: a kind named by negating another (无, 非)
        # is the rest of them, not the one the clause counts.
        clause = self._clauses[i]
        for m in re.finditer(r"[无非]", analysis.text):
            for n in (4, 3, 2):
                kind = analysis.text[m.end():m.end() + n]
                if len(kind) == n and kind in clause and m.group() + kind not in clause:
                    return f"the question asks about {m.group()}{kind}; the figure counts {kind}"
        return ""

    def _veto_negation(self, i: int, analysis: Analysis) -> str:
        # 有多少个县没通高速: the figure of those that did is no answer; one said with a negation
        # (尚未脱贫的…) may be.
        if analysis.negated and not NEGATION.search(self._near[i]):
            return "the question asks about what did not happen; the figure counts what did"
        return ""
