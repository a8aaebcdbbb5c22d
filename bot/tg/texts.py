"""What the bot says on Telegram beyond answers (answers come from bot.core.answer)."""

from __future__ import annotations

COMMANDS = [
    ("ask", "提问：/ask 问题"),
    ("topics", "按主题浏览数据"),
    ("random", "随机看一条数据"),
    ("quiz", "开始答题（群里一起玩）"),
    ("top", "本群积分榜"),
    ("me", "我的积分"),
    ("quiztime", "查看或设置每题限时（秒）"),
    ("source", "资料来源"),
    ("help", "使用说明"),
]

ADMIN_COMMANDS = [
    ("misses", "管理员：没答上的问题"),
    ("why", "管理员：命中测试 /why 问题"),
    ("alias", "管理员：给数据加说法 /alias 编号 说法"),
    ("reload", "管理员：重新加载知识库"),
    ("stats", "管理员：运行统计"),
]

START = (
    "你好！我能回答这些资料里的数据问题，每个答案都附上原文出处：\n"
    "{sources}\n\n"
    "{how}\n"
    "{examples}\n\n"
    "发送 /help 查看全部功能。"
)
HOW_PRIVATE = "直接问我就行，比如："
HOW_GROUP = "在群里我只回应叫我的消息：用 /ask 问题、@{bot} 问题，或回复我的消息。比如："

# Shown by Telegram before anyone has talked to the bot (setMyDescription, setMyShortDescription).
DESCRIPTION = (
    "我回答新闻资料里的数据问题：给出确切的数字、它所在的原文句子和出处；资料里没有的，会直说。"
    "也能在群里出题抢答、记积分。发送 /start 开始。"
)
SHORT_DESCRIPTION = "问资料里的数字，答案附原文出处；群里还能答题。"

GROUP_HELLO = (
    "大家好！我能回答资料里的数据问题，答案附原文出处。\n"
    "在群里请用 /ask 问题、@{bot} 问题，或回复我的消息来提问，比如：/ask {example}\n"
    "发送 /quiz 开始答题，/help 查看全部功能。"
)

HELP = (
    "<b>怎么问</b>\n"
    "私聊时直接发问题；在群里用 /ask 问题、@{bot} 问题，或回复我的消息。\n"
    "例子：/ask {example}\n"
    "可以接着追问，比如先问全国的，再问“那省里的呢？”；也可以问增长了多少、一共多少，我会列出算式。\n"
    "也可以只发一个数字，我会告诉你它指什么。\n\n"
    "<b>浏览</b>\n"
    "/topics 按主题浏览 · /random 随机一条 · /source 资料来源\n"
    "在任何聊天里输入 @{bot} 关键词 也能搜索。\n\n"
    "<b>答题</b>\n"
    "/quiz [题数] [主题] 投票答题 · /quiz typed [题数] 抢答\n"
    "/skip 跳过 · /stop 结束 · /top 积分榜 · /me 我的积分 · /quiztime 秒数 设置每题限时"
)

ASK_USAGE = "请在 /ask 后面写上问题，比如：/ask {example}"
NON_TEXT = "我只看得懂文字问题哦，请直接打字提问。"
DID_YOU_MEAN = "你是不是想问："
STALE_BUTTON = "这个按钮已经过期了，请重新提问。"
TOPICS = "选择一个主题："
TOPIC_FACTS = "「{topic}」共 {count} 条数据："
ERROR = "抱歉，处理时出了点问题，请稍后再试。"

NOT_ADMIN = "抱歉，只有管理员可以使用这个命令。"
RELOAD_OK = "知识库已重新加载：{facts} 条数据（{seconds:.2f} 秒）。\n新增 {added}，删除 {removed}，修改 {changed}。"
RELOAD_FAILED = "知识库有错误，仍在使用原来的数据：\n{errors}"
RELOAD_MORE_ERRORS = "…… 还有 {more} 处错误（共 {total} 处），用 python -m bot check 查看全部"
RELOAD_TIMEOUT = "重新加载超过 {seconds} 秒，已放弃，仍在使用原来的数据。请检查知识库目录里的文件。"
STATS = (
    "运行时间：{uptime}\n"
    "已回答：{answered}，未能回答：{declined}\n"
    "知识库：{facts} 条数据，{topics} 个主题，{sources} 个来源，加载用时 {load:.3f} 秒"
)


def id_list(ids: list[str], limit: int = 10) -> str:
    if not ids:
        return "0"
    shown = ", ".join(ids[:limit])
    more = f" 等 {len(ids)} 条" if len(ids) > limit else ""
    return f"{len(ids)}（{shown}{more}）"


def duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    parts = [(days, "天"), (hours, "小时"), (minutes, "分"), (secs, "秒")]
    return "".join(f"{n}{unit}" for n, unit in parts if n) or "0秒"

TOO_FAST = "你发得有点快，我一条一条来。请 {seconds} 秒后再问，这之前发的问题我先不回答了。"
EDITED = "修改过的消息我不会重新回答，请把问题重新发一遍。"
UNKNOWN_COMMAND = "没有这个命令。发送 /help 查看我能做什么。"

QUIZ_RUNNING = "这里已经有一轮答题在进行中了。发送 /stop 结束，或 /skip 跳过当前题。"
QUIZ_NO_TOPIC = "没有找到主题「{topic}」的题目。可选主题：{topics}"
QUIZ_POLL_START = "答题开始！共 {count} 题（主题：{topic}），每题 {seconds} 秒，点选项作答。"
QUIZ_TYPED_START = (
    "抢答开始！共 {count} 题（主题：{topic}），每题 {seconds} 秒。\n"
    "直接回复题目写出数字，比如 135.7万、1357000 或 一百三十五点七万，最先答对的得 1 分。"
)
QUIZ_TYPED_QUESTION = "<b>{header}</b>：{text}\n（回复这条消息写出数字，{seconds} 秒内有效）"
QUIZ_POLL_FAILED = "发不出投票题，本轮答题已取消。可以试试抢答模式：/quiz typed"
QUIZ_TIME_UP = "⏰ 时间到！正确答案：<b>{answer}</b>\n<blockquote>{explanation}</blockquote>"
QUIZ_CORRECT = "✅ {name} 答对了！正确答案：<b>{answer}</b>\n<blockquote>{explanation}</blockquote>"
QUIZ_WRONG = "❌ 不对，再想想。"  # once per burst of wrong guesses, not once per guess
QUIZ_SKIPPED = "已跳过。这题的答案是：<b>{answer}</b>"
QUIZ_FINISHED = "🏁 本轮答题结束！排名："
QUIZ_STOPPED = "⏹ 答题已结束。本轮排名："
QUIZ_NOBODY = "这一轮没有人得分。"
QUIZ_NONE = "现在没有进行中的答题。发送 /quiz 开始。"
QUIZ_NOT_ALLOWED = "只有发起人或群管理员可以这样做。"
QUIZ_TOP = "🏆 本聊天积分榜："
QUIZ_NO_SCORES = "这里还没有人得分。发送 /quiz 开始答题。"
QUIZ_ME = "你在这里的积分：{points} 分，排名第 {rank}。"
QUIZ_ME_NONE = "你在这里还没有积分。发送 /quiz 开始答题。"
QUIZ_INTERRUPTED = "上次的答题因机器人重启被取消了，已得的分数都保留着。发送 /quiz 重新开始。"
QUIZ_TIME_IS = "这里每道题限时 {seconds} 秒。管理员可以用 /quiztime 秒数 修改。"
QUIZ_TIME_SET = "好的，以后这里每道题限时 {seconds} 秒。"
QUIZ_UNAVAILABLE = "抱歉，答题功能暂时不可用（积分数据库出了问题），提问不受影响。"
QUIZ_NOT_SAVED = "抱歉，积分数据库写不进去，这次没能开始。提问不受影响，请稍后再试。"
QUIZ_POINT_NOT_SAVED = "⚠️ {name} 的这一分没能保存（积分数据库出了问题）。"
QUIZ_TIME_NOT_ALLOWED = "只有群管理员可以修改答题时限（/quiztime 秒数）；其他人可以用 /quiztime 查看。"
QUIZ_TIME_USAGE = "请写 {low} 到 {high} 之间的秒数，比如：/quiztime 45"

# The operator's loop: /misses, /why, /alias, and the feedback buttons under answers.
FEEDBACK_GOOD = "👍 有用"
FEEDBACK_WRONG = "答错了"
FEEDBACK_THANKS_GOOD = "谢谢！"
FEEDBACK_THANKS_WRONG = "谢谢指出，管理员会看到这条反馈。"
FEEDBACK_GONE = "这条记录已经不在了，谢谢！"
LOG_OFF = "问题记录没有开启（QUESTION_LOG_SIZE=0，或数据库出了问题）。"
MISSES_HEAD = "最近 {days} 天没答上、不确定或被报告答错的问题（按次数）："
MISSES_LINE = "{rank}. {count} 次：{question}{wrong}\n    最接近：{candidate}"
MISSES_WRONG = "（{count} 次被报告答错）"
MISSES_NO_CANDIDATE = "没有接近的数据"
MISSES_NONE = "最近 {days} 天没有答不上的问题。"
MISSES_BUTTON = "{rank}. 命中测试"
MISSES_HINT = "点按钮看命中测试；用 /alias 数据编号 说法 把说法加到正确的数据上。"
WHY_USAGE = "请在 /why 后面写上问题，比如：/why {example}"
ALIAS_USAGE = "用法：/alias 数据编号 说法，比如：/alias {fact_id} {phrase}\n数据编号可以在 /misses 和 /why 里看到。"
ALIAS_OK = "已把“{phrase}”加为 {fact_id}（{label}：{figure}）的说法，写进了 {file}，知识库已重新加载。"
ALIAS_ANSWERS = "现在问“{phrase}”就能答出这条数据。"
ALIAS_NOT_YET = "不过单独问“{phrase}”还答不出这条，可以用 /why {phrase} 看原因。"
ALIAS_REFUSED = "没有加上：{reason}"
ALIAS_RELOAD_FAILED = "说法已写进文件，但重新加载失败：{error}"
